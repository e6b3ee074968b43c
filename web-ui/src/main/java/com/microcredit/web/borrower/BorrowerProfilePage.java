package com.microcredit.web.borrower;

import com.microcredit.origination.api.BorrowerProfile;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.ConsentView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RecordConsent;
import com.microcredit.origination.api.SettlementAccountView;
import com.microcredit.origination.api.UnmaskedIdentity;
import com.microcredit.platform.api.BankZone;
import com.microcredit.web.shell.Messages;
import com.microcredit.web.shell.UserSession;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The borrower 360 view: profile, account manager, settlement account, evidence per source with
 * consent status, consents (recorded and revoked here by branch staff and account managers), loans,
 * applications, warnings, visits, group and supply chains. Identity data arrives masked.
 */
@Named
@ViewScoped
public class BorrowerProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "consent";
    private static final Set<String> CONSENT_FIELDS =
            Set.of("purpose", "sources", "expiresOn", "evidenceReference");

    @Inject @BankZone private ZoneId bankZone;

    /** Every source a consent can cover (RecordConsent). */
    public static final List<String> SOURCES =
            List.of(
                    "CREDIT_REPORT",
                    "TAX",
                    "SOCIAL_SECURITY",
                    "HOUSING_FUND",
                    "ELECTRICITY",
                    "WATER",
                    "GAS",
                    "COURTS",
                    "CUSTOMS",
                    "E_COMMERCE",
                    "ASSOCIATED_PERSONS");

    @EJB private transient BorrowerService borrowers;
    @EJB private transient ConsentService consents;
    @Inject private UserSession user;

    private long id;
    private boolean registered;
    private BorrowerProfile profile;
    private SettlementAccountView account;

    private String purpose = "CREDIT_ASSESSMENT";
    private List<String> sources = new ArrayList<>();
    private LocalDate expiresOn;
    private String evidenceReference;
    private final Map<Long, String> revocationReasons = new HashMap<>();
    private String unmaskReason;
    private UnmaskedIdentity unmasked;

    /** Loads the view for the id in the address (view action). */
    public void load() {
        profile = borrowers.profile(id).orElse(null);
        if (profile == null) {
            Messages.pageError(Messages.text("profile.notFound", id));
            return;
        }
        account = borrowers.settlementAccount(id).orElse(null);
        if (registered) {
            Messages.pageInfo(Messages.text("profile.registered", profile.borrower().name()));
            registered = false;
        }
        if (expiresOn == null) {
            expiresOn = LocalDate.now(bankZone).plusYears(1);
        }
    }

    /** Records the signed consent form shown to the borrower. */
    public void recordConsent() {
        if (!canCapture()) {
            Messages.pageError(Messages.text("error.notAllowed"));
            return;
        }
        boolean ok = true;
        if (sources == null || sources.isEmpty()) {
            Messages.fieldError(FORM + ":sources", Messages.text("consent.sources.required"));
            ok = false;
        }
        if (expiresOn == null) {
            Messages.fieldError(FORM + ":expiresOn", Messages.text("intake.required"));
            ok = false;
        }
        if (evidenceReference == null || evidenceReference.isBlank()) {
            Messages.fieldError(
                    FORM + ":evidenceReference", Messages.text("consent.reference.required"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            ConsentView recorded =
                    consents.record(
                            new RecordConsent(
                                    id,
                                    purpose,
                                    List.copyOf(sources),
                                    expiresOn,
                                    evidenceReference.strip()));
            Messages.pageInfo(Messages.text("consent.recorded", recorded.id()));
            sources = new ArrayList<>();
            evidenceReference = null;
            load();
        } catch (InvalidInputException e) {
            Messages.inputError(FORM, e.field(), CONSENT_FIELDS, Messages.refusal(e));
        }
    }

    public void revoke(long consentId) {
        if (!canCapture()) {
            Messages.pageError(Messages.text("error.notAllowed"));
            return;
        }
        String reason = revocationReasons.get(consentId);
        if (reason == null || reason.isBlank()) {
            Messages.pageError(Messages.text("consent.revokeReason.required"));
            return;
        }
        try {
            consents.revoke(consentId, reason.strip());
            Messages.pageInfo(Messages.text("consent.revoked", consentId));
            revocationReasons.remove(consentId);
            load();
        } catch (InvalidInputException e) {
            Messages.pageError(Messages.refusal(e));
        }
    }

    /**
     * Shows the identity and settlement account numbers in full: allowed roles only, with a reason,
     * audited.
     */
    public void unmask() {
        if (!canUnmask()) {
            Messages.pageError(Messages.text("error.notAllowed"));
            return;
        }
        try {
            unmasked = borrowers.unmask(id, unmaskReason);
            unmaskReason = null;
        } catch (InvalidInputException e) {
            Messages.fieldError("unmask:reason", Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    /** Hides the full numbers again. */
    public void mask() {
        unmasked = null;
    }

    public boolean canUnmask() {
        return user.hasRole("CREDIT_OFFICER")
                || user.hasRole("RISK_MANAGER")
                || user.hasRole("AUDITOR");
    }

    public UnmaskedIdentity getUnmasked() {
        return unmasked;
    }

    public String getUnmaskReason() {
        return unmaskReason;
    }

    public void setUnmaskReason(String unmaskReason) {
        this.unmaskReason = unmaskReason;
    }

    /** Branch staff and account managers take consents; other roles read. */
    public boolean canCapture() {
        return user.hasRole("BRANCH_STAFF") || user.hasRole("ACCOUNT_MANAGER");
    }

    public boolean canApply() {
        return canCapture() || user.hasRole("CREDIT_OFFICER");
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public boolean isRegistered() {
        return registered;
    }

    public void setRegistered(boolean registered) {
        this.registered = registered;
    }

    public BorrowerProfile getProfile() {
        return profile;
    }

    public SettlementAccountView getAccount() {
        return account;
    }

    public List<String> getSourceOptions() {
        return SOURCES;
    }

    public List<String> getPurposes() {
        return List.of("CREDIT_ASSESSMENT", "POST_LOAN_MONITORING");
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public void setEvidenceReference(String evidenceReference) {
        this.evidenceReference = evidenceReference;
    }

    public Map<Long, String> getRevocationReasons() {
        return revocationReasons;
    }
}
