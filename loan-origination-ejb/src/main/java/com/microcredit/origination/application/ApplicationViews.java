package com.microcredit.origination.application;

import com.microcredit.origination.api.ApplicationSummary;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.CostItemView;
import com.microcredit.origination.api.DecisionView;
import com.microcredit.origination.api.InstalmentView;
import com.microcredit.origination.api.PathResultView;
import com.microcredit.origination.api.PricingView;
import com.microcredit.origination.api.RecheckView;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.loan.ApplicationStatus;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.loan.Pricing;
import com.microcredit.origination.domain.recheck.RecheckRecord;
import com.microcredit.origination.domain.schedule.RepaymentSchedule;
import com.microcredit.shared.domain.Money;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** Maps applications to the API's records. */
final class ApplicationViews {

    private ApplicationViews() {}

    static ApplicationSummary summary(LoanApplication a, String borrowerName) {
        return new ApplicationSummary(
                a.getId(),
                a.getReference(),
                a.getBorrowerId(),
                borrowerName,
                a.getProductCode(),
                a.getAmount(),
                a.getCurrency(),
                a.getTermMonths(),
                a.getStatus().name(),
                a.getOutcome() == null ? null : a.getOutcome().name(),
                a.getDecidingRule(),
                a.getPreparedBy(),
                a.getSubmittedAt());
    }

    static ApplicationView view(LoanApplication a, EntityManager em, ZoneId bankZone) {
        Borrower b = em.find(Borrower.class, a.getBorrowerId());
        DecisionView decision =
                a.getOutcome() == null
                        ? null
                        : new DecisionView(
                                a.getOutcome().name(),
                                a.getDecidingRule(),
                                a.reasonCodes(),
                                a.pathsUsed().stream().sorted().map(Enum::name).toList(),
                                a.getPathResults().stream()
                                        .map(
                                                r ->
                                                        new PathResultView(
                                                                r.getPath().name(),
                                                                r.getStatus().name(),
                                                                r.getReasonCode(),
                                                                r.getEvidence()))
                                        .toList(),
                                a.getAutomaticOutcome() == null
                                        ? null
                                        : a.getAutomaticOutcome().name(),
                                a.getDecidedAt(),
                                a.getReviewedBy(),
                                a.getReviewNote(),
                                a.getReviewedAt(),
                                a.getScore(),
                                a.getProbabilityOfDefault());
        Pricing p = a.getPricing();
        PricingView pricing =
                p == null || p.getAnnualRate() == null
                        ? null
                        : new PricingView(
                                p.getAnnualRate(),
                                p.getMaximumRate(),
                                p.getProbabilityOfDefault(),
                                p.getLossGivenDefault(),
                                List.of(
                                        new CostItemView("INTEREST_INCOME", p.getInterestIncome()),
                                        new CostItemView("FUNDING_COST", p.getFundingCost()),
                                        new CostItemView("EXPECTED_LOSS", p.getExpectedLoss()),
                                        new CostItemView("DUE_DILIGENCE", p.getDueDiligenceCost()),
                                        new CostItemView("DATA_COST", p.getDataCost()),
                                        new CostItemView("SERVICING", p.getServicingCost()),
                                        new CostItemView("EXPECTED_PROFIT", p.getExpectedProfit())),
                                p.getExpectedProfit(),
                                p.isCoversCost(),
                                p.getFlags() == null || p.getFlags().isBlank()
                                        ? List.of()
                                        : Arrays.asList(p.getFlags().split(",")));
        List<InstalmentView> fixed =
                a.getSchedule().stream()
                        .map(
                                i ->
                                        new InstalmentView(
                                                i.getNumber(),
                                                i.getDueDate(),
                                                i.getPrincipal(),
                                                i.getInterest(),
                                                i.getTotal(),
                                                i.getBalanceAfter()))
                        .toList();
        List<InstalmentView> indicative =
                a.getStatus() == ApplicationStatus.APPROVED && pricing != null
                        ? RepaymentSchedule.of(
                                        Money.of(
                                                a.getAmount(),
                                                Currency.getInstance(a.getCurrency())),
                                        p.getAnnualRate(),
                                        a.getTermMonths(),
                                        LocalDate.now(bankZone),
                                        a.getRepaymentMethod())
                                .instalments()
                                .stream()
                                .map(
                                        i ->
                                                new InstalmentView(
                                                        i.number(),
                                                        i.dueDate(),
                                                        i.principal(),
                                                        i.interest(),
                                                        i.total(),
                                                        i.balanceAfter()))
                                .toList()
                        : List.of();
        return new ApplicationView(
                a.getId(),
                a.getReference(),
                a.getBorrowerId(),
                b.getName(),
                a.getProductCode(),
                a.getAmount(),
                a.getCurrency(),
                a.getTermMonths(),
                a.getRepaymentMethod().name(),
                a.getPurpose(),
                a.getChannel(),
                a.getStatus().name(),
                a.getPreparedBy(),
                a.getSubmittedAt(),
                decision,
                pricing,
                a.getOfferExpiresOn(),
                a.getAcceptedAt(),
                a.getExposureReference(),
                fixed,
                indicative,
                a.getWithdrawalReason(),
                rechecks(a, em));
    }

    /** Every acceptance re-check of the application, newest attempt first. */
    private static List<RecheckView> rechecks(LoanApplication a, EntityManager em) {
        if (a.getId() == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select r from RecheckRecord r where r.applicationId = :a",
                        RecheckRecord.class)
                .setParameter("a", a.getId())
                .getResultList()
                .stream()
                // newest attempt first, its conditions in the order they are evaluated
                .sorted(
                        java.util.Comparator.comparing(RecheckRecord::getCheckedAt)
                                .reversed()
                                .thenComparing(RecheckRecord::getCondition))
                .map(
                        r ->
                                new RecheckView(
                                        r.getCheckedAt(),
                                        r.getCheckedBy(),
                                        r.getCondition().name(),
                                        r.holds(),
                                        r.getStoredFindings()))
                .toList();
    }
}
