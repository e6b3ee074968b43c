package com.microcredit.web.intake;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.web.shell.Messages;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What both intake pages share: the account managers to choose from (the caller preselected when
 * they are one), location and settlement account, the required-field checks and the mapping of a
 * refused field to the input next to which its message appears.
 */
abstract class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<AccountManagerView> managers = List.of();
    protected String name;
    protected String regionCode;
    protected Long accountManagerId;
    protected BigDecimal latitude;
    protected BigDecimal longitude;
    protected String settlementAccount;
    protected String mobile;

    protected abstract BorrowerService borrowers();

    /** The form's id, the prefix of its fields' client ids. */
    protected abstract String form();

    /** The service's field names that this form shows as inputs (same names as the input ids). */
    protected abstract Set<String> fields();

    /** Calls the service; throws {@link InvalidInputException} for a refused field. */
    protected abstract BorrowerView submit();

    void loadManagers() {
        managers = borrowers().accountManagers();
        accountManagerId =
                borrowers().currentAccountManager().map(AccountManagerView::id).orElse(null);
    }

    /** Registers the borrower and opens the 360 view, or shows each refusal next to its field. */
    public String register() {
        boolean ok = required("name", name) & required("regionCode", regionCode);
        if (accountManagerId == null) {
            Messages.fieldError(form() + ":accountManagerId", Messages.text("intake.required"));
            ok = false;
        }
        if ((latitude == null) != (longitude == null)) {
            Messages.fieldError(
                    form() + ":" + (latitude == null ? "latitude" : "longitude"),
                    Messages.text("intake.location.both"));
            ok = false;
        }
        if (mobile != null && !mobile.isBlank() && !isMainlandMobile(mobile)) {
            // The service refuses it too (in English); here the message is in the user's language.
            Messages.fieldError(form() + ":mobile", Messages.text("intake.mobile.invalid"));
            ok = false;
        }
        ok &= checkMore();
        if (!ok) {
            return null;
        }
        try {
            BorrowerView registered = submit();
            return "/pages/borrowers/profile.xhtml?faces-redirect=true&id="
                    + registered.id()
                    + "&registered=true";
        } catch (InvalidInputException e) {
            Messages.inputError(form(), e.field(), fields(), Messages.refusal(e));
            return null;
        }
    }

    /** Further required fields of the kind of borrower. */
    protected abstract boolean checkMore();

    protected boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            Messages.fieldError(form() + ":" + field, Messages.text("intake.required"));
            return false;
        }
        return true;
    }

    /** The domain's rule (Borrower.reachableAt), repeated for a message next to the field. */
    static boolean isMainlandMobile(String value) {
        String digits = value.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return digits.matches("1[3-9]\\d{9}");
    }

    protected static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<AccountManagerView> getManagers() {
        return managers;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public void setAccountManagerId(Long accountManagerId) {
        this.accountManagerId = accountManagerId;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getSettlementAccount() {
        return settlementAccount;
    }

    public void setSettlementAccount(String settlementAccount) {
        this.settlementAccount = settlementAccount;
    }
}
