package com.microcredit.origination.domain.borrower;

import com.microcredit.shared.domain.TextInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * What an enterprise borrower declares about itself: its owners, its date of establishment (never
 * in the future) and its declared annual revenue (not negative, within the micro/small size
 * standard of its industry). Part of the {@link Borrower}'s row; an individual has none.
 */
@Embeddable
public class EnterpriseProfile {

    /** Column size of the owners (characters). */
    public static final int OWNERS_MAX = 500;

    @Column(length = OWNERS_MAX)
    private String owners;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "declared_revenue", precision = 19, scale = 2)
    private BigDecimal declaredAnnualRevenue;

    protected EnterpriseProfile() {}

    /** The profile as typed, checked against the rules and the enterprise's industry. */
    static EnterpriseProfile of(
            String owners,
            LocalDate establishedOn,
            BigDecimal declaredAnnualRevenue,
            String industryCode,
            LocalDate today) {
        EnterpriseProfile p = new EnterpriseProfile();
        p.owners = TextInput.required(owners, "owners", OWNERS_MAX);
        p.establishedOn = BorrowerRules.establishment(establishedOn, today);
        p.declaredAnnualRevenue = BorrowerRules.declaredRevenue(declaredAnnualRevenue);
        SmeSizeStandard.requireMicroOrSmall(industryCode, declaredAnnualRevenue);
        return p;
    }

    /** Whole years since establishment as of a date; 0 for an unknown date. */
    public int yearsInBusiness(LocalDate asOf) {
        return establishedOn == null
                ? 0
                : Math.max(0, Period.between(establishedOn, asOf).getYears());
    }

    public String owners() {
        return owners;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public BigDecimal declaredAnnualRevenue() {
        return declaredAnnualRevenue;
    }
}
