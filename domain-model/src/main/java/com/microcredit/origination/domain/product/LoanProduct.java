package com.microcredit.origination.domain.product;

import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.BorrowerKind;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.FieldRefusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A loan product as data: the information paths it accepts, its amount and term range, repayment
 * methods, who may borrow, scenario rules (tax history, years in business, the alternative-data
 * source it is built on) and its cost and pricing parameters. New products are rows, not code.
 */
@Entity
@Table(name = "loan_product")
public class LoanProduct {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "description_zh", nullable = false)
    private String descriptionZh;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "min_amount", nullable = false)
    private BigDecimal minAmount;

    @Column(name = "max_amount", nullable = false)
    private BigDecimal maxAmount;

    @Column(name = "min_term_months", nullable = false)
    private int minTermMonths;

    @Column(name = "max_term_months", nullable = false)
    private int maxTermMonths;

    @Column(name = "floor_rate", nullable = false)
    private BigDecimal floorRate;

    @Column(name = "maximum_rate", nullable = false)
    private BigDecimal maximumRate;

    @Column(name = "min_tax_history_months")
    private Integer minTaxHistoryMonths;

    @Column(name = "min_years_in_business")
    private Integer minYearsInBusiness;

    @Column(name = "required_source", length = 32)
    private String requiredSource;

    @Column(name = "group_loan", nullable = false)
    private boolean groupLoan;

    @Column(name = "assumed_pd", nullable = false)
    private BigDecimal assumedProbabilityOfDefault;

    @Column(name = "loss_given_default", nullable = false)
    private BigDecimal lossGivenDefault;

    @Column(name = "due_diligence_cost", nullable = false)
    private BigDecimal dueDiligenceCost;

    @Column(name = "data_cost", nullable = false)
    private BigDecimal dataCost;

    @Column(name = "servicing_cost_month", nullable = false)
    private BigDecimal servicingCostPerMonth;

    @Column(name = "automatic_authority", nullable = false)
    private BigDecimal automaticAuthority;

    @Column(nullable = false)
    private boolean active;

    @Version private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loan_product_path", joinColumns = @JoinColumn(name = "product_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "path")
    private Set<InformationPath> acceptedPaths = EnumSet.noneOf(InformationPath.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loan_product_method", joinColumns = @JoinColumn(name = "product_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "method")
    private Set<RepaymentMethod> repaymentMethods = EnumSet.noneOf(RepaymentMethod.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loan_product_kind", joinColumns = @JoinColumn(name = "product_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "borrower_kind")
    private Set<BorrowerKind> borrowerKinds = EnumSet.noneOf(BorrowerKind.class);

    protected LoanProduct() {}

    /**
     * The product's terms an application must meet, as (field, message) pairs; empty when the
     * application fits. Field names match the application form.
     */
    public List<FieldRefusal> termViolations(
            BigDecimal amount, String applicationCurrency, int termMonths, RepaymentMethod method) {
        List<FieldRefusal> violations = new ArrayList<>();
        if (!active) {
            violations.add(new FieldRefusal("productCode", "PRODUCT_WITHDRAWN", code));
        }
        if (!currency.equals(applicationCurrency)) {
            violations.add(new FieldRefusal("currency", "PRODUCT_CURRENCY", code, currency));
        }
        if (amount == null || amount.compareTo(minAmount) < 0 || amount.compareTo(maxAmount) > 0) {
            violations.add(
                    new FieldRefusal(
                            "amount",
                            "AMOUNT_RANGE",
                            minAmount.toPlainString(),
                            maxAmount.toPlainString(),
                            currency));
        }
        if (termMonths < minTermMonths || termMonths > maxTermMonths) {
            violations.add(
                    new FieldRefusal("termMonths", "TERM_RANGE", minTermMonths, maxTermMonths));
        }
        if (method == null || !repaymentMethods.contains(method)) {
            violations.add(
                    new FieldRefusal(
                            "repaymentMethod",
                            "REPAYMENT_METHOD_OF_PRODUCT",
                            code,
                            repaymentMethods.stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        return violations;
    }

    /**
     * Who may borrow under this product: borrower kind and years in business. Null when eligible.
     */
    public String ineligibility(Borrower borrower, LocalDate asOf) {
        if (!borrowerKinds.contains(borrower.getKind())) {
            return "NOT_FOR_" + borrower.getKind();
        }
        if (minYearsInBusiness != null
                && borrower.getKind() == BorrowerKind.ENTERPRISE
                && borrower.yearsInBusiness(asOf) < minYearsInBusiness) {
            return "START_UP_NOT_ELIGIBLE";
        }
        return null;
    }

    public boolean accepts(InformationPath path) {
        return acceptedPaths.contains(path);
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public int getMinTermMonths() {
        return minTermMonths;
    }

    public int getMaxTermMonths() {
        return maxTermMonths;
    }

    public BigDecimal getFloorRate() {
        return floorRate;
    }

    public BigDecimal getMaximumRate() {
        return maximumRate;
    }

    public Integer getMinTaxHistoryMonths() {
        return minTaxHistoryMonths;
    }

    public Integer getMinYearsInBusiness() {
        return minYearsInBusiness;
    }

    public String getRequiredSource() {
        return requiredSource;
    }

    public boolean isGroupLoan() {
        return groupLoan;
    }

    public BigDecimal getAssumedProbabilityOfDefault() {
        return assumedProbabilityOfDefault;
    }

    public BigDecimal getLossGivenDefault() {
        return lossGivenDefault;
    }

    public BigDecimal getDueDiligenceCost() {
        return dueDiligenceCost;
    }

    public BigDecimal getDataCost() {
        return dataCost;
    }

    public BigDecimal getServicingCostPerMonth() {
        return servicingCostPerMonth;
    }

    public BigDecimal getAutomaticAuthority() {
        return automaticAuthority;
    }

    public boolean isActive() {
        return active;
    }

    public Set<InformationPath> getAcceptedPaths() {
        return Collections.unmodifiableSet(acceptedPaths);
    }

    public Set<RepaymentMethod> getRepaymentMethods() {
        return Collections.unmodifiableSet(repaymentMethods);
    }

    public Set<BorrowerKind> getBorrowerKinds() {
        return Collections.unmodifiableSet(borrowerKinds);
    }
}
