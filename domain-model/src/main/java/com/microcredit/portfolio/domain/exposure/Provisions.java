package com.microcredit.portfolio.domain.exposure;

import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The provisions held against a loan (domain guide §5): the specific provision of its category and
 * the general provision, both on the outstanding. Part of the {@link LoanExposure} row.
 */
@Embeddable
public class Provisions {

    @Column(name = "specific_provision", nullable = false, precision = 19, scale = 2)
    private BigDecimal specific;

    @Column(name = "general_provision", nullable = false, precision = 19, scale = 2)
    private BigDecimal general;

    protected Provisions() {}

    Provisions(BigDecimal specific, BigDecimal general) {
        this.specific = specific;
        this.general = general;
    }

    /** What the rates require for a category on an outstanding amount. */
    static Provisions of(ProvisionRates rates, LoanCategory category, Money outstanding) {
        return new Provisions(
                rates.specificProvision(category, outstanding).amount(),
                rates.generalProvision(outstanding).amount());
    }

    public BigDecimal specific() {
        return specific;
    }

    public BigDecimal general() {
        return general;
    }
}
