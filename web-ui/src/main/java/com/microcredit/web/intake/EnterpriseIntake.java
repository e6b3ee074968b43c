package com.microcredit.web.intake;

import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.platform.api.BankZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;

/**
 * Registers a micro or small enterprise by its unified social credit code (the service checks the
 * format and check character and refuses a code already registered).
 */
@Named
@ViewScoped
public class EnterpriseIntake extends IntakeForm {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS =
            Set.of(
                    "name",
                    "creditCode",
                    "industryCode",
                    "regionCode",
                    "accountManagerId",
                    "owners",
                    "establishedOn",
                    "declaredAnnualRevenue",
                    "latitude",
                    "longitude",
                    "settlementAccount",
                    "mobile");

    @Inject @BankZone private ZoneId bankZone;

    @EJB private transient BorrowerService borrowers;

    private String creditCode;
    private String industryCode;
    private String owners;
    private LocalDate establishedOn;
    private BigDecimal declaredAnnualRevenue;

    @PostConstruct
    void init() {
        loadManagers();
    }

    @Override
    protected BorrowerService borrowers() {
        return borrowers;
    }

    @Override
    protected String form() {
        return "enterprise";
    }

    @Override
    protected Set<String> fields() {
        return FIELDS;
    }

    @Override
    protected boolean checkMore() {
        return required("creditCode", creditCode)
                & required("industryCode", industryCode)
                & required("owners", owners)
                & required("establishedOn", establishedOn)
                & required("declaredAnnualRevenue", declaredAnnualRevenue);
    }

    @Override
    protected BorrowerView submit() {
        return borrowers.registerEnterprise(
                new RegisterEnterprise(
                        name.strip(),
                        creditCode.strip().toUpperCase(),
                        industryCode.strip().toUpperCase(),
                        regionCode.strip(),
                        accountManagerId,
                        owners.strip(),
                        establishedOn,
                        declaredAnnualRevenue,
                        latitude,
                        longitude,
                        trimmed(settlementAccount),
                        trimmed(mobile)));
    }

    /** Whole years since establishment, shown beside the date (the service derives its own). */
    public Integer getYearsInBusiness() {
        LocalDate today = LocalDate.now(bankZone);
        return establishedOn == null || establishedOn.isAfter(today)
                ? null
                : Period.between(establishedOn, today).getYears();
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    public String getOwners() {
        return owners;
    }

    public void setOwners(String owners) {
        this.owners = owners;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public BigDecimal getDeclaredAnnualRevenue() {
        return declaredAnnualRevenue;
    }

    public void setDeclaredAnnualRevenue(BigDecimal declaredAnnualRevenue) {
        this.declaredAnnualRevenue = declaredAnnualRevenue;
    }
}
