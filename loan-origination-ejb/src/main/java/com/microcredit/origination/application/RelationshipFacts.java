package com.microcredit.origination.application;

import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.EnterpriseProfile;
import com.microcredit.origination.domain.borrower.Visit;
import com.microcredit.origination.domain.decision.PathEvaluation;
import com.microcredit.origination.domain.decision.RelationshipEvaluator;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.origination.domain.product.LoanProduct;
import com.microcredit.portfolio.api.DateWindow;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.SettlementAccounts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The relationship path's facts: the account manager's territory and last visit, the
 * joint-liability group (members' live loans from portfolio, their deposits against the group's
 * minimum) and the settlement account's coverage of declared revenue; then the relationship
 * evaluator. Runs in the decision's transaction.
 */
@Dependent
class RelationshipFacts {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LoanBookService loanBook;
    @EJB private SettlementAccounts settlement;

    @Inject private OriginationSettings settings;

    PathEvaluation evaluate(Borrower borrower, LoanProduct product, LocalDate today) {
        AccountManager manager = em.find(AccountManager.class, borrower.getAccountManagerId());
        Boolean within =
                borrower.location()
                        .map(l -> manager.coversLocation(l.latitude(), l.longitude()))
                        .orElse(null);
        List<Visit> visits =
                em.createQuery(
                                "select v from Visit v where v.borrowerId = :b order by v.visitedOn"
                                        + " desc",
                                Visit.class)
                        .setParameter("b", borrower.getId())
                        .setMaxResults(1)
                        .getResultList();
        Visit last = visits.isEmpty() ? null : visits.get(0);
        RelationshipEvaluator.GroupFacts group = groupFacts(borrower.getId());
        RelationshipEvaluator.DepositFacts deposit = depositFacts(borrower, today);
        return RelationshipEvaluator.evaluate(
                new RelationshipEvaluator.Facts(
                        manager.getName(),
                        within,
                        last == null ? null : last.getVisitedOn(),
                        last == null ? null : last.getAssessment(),
                        group,
                        deposit,
                        product.isGroupLoan()),
                settings.relationshipRules(),
                today);
    }

    private RelationshipEvaluator.GroupFacts groupFacts(long borrowerId) {
        List<JointLiabilityGroup> groups =
                em.createQuery(
                                "select g from JointLiabilityGroup g where :b member of"
                                        + " g.memberBorrowerIds",
                                JointLiabilityGroup.class)
                        .setParameter("b", borrowerId)
                        .getResultList();
        if (groups.isEmpty()) {
            return null;
        }
        JointLiabilityGroup g = groups.get(0);
        List<Long> others =
                g.getMemberBorrowerIds().stream().filter(id -> id != borrowerId).toList();
        List<Long> activeLoans =
                others.isEmpty()
                        ? List.of()
                        : loanBook.exposuresOf(others).stream()
                                .filter(e -> "LIVE".equals(e.status()))
                                .map(ExposureView::borrowerId)
                                .distinct()
                                .toList();
        List<Long> belowMinimum = new ArrayList<>();
        for (Long memberId : g.getMemberBorrowerIds()) {
            Borrower member = em.find(Borrower.class, memberId);
            BigDecimal balance =
                    member.getSettlementAccount() == null
                            ? null
                            : settlement
                                    .latestBalance(member.getSettlementAccount())
                                    .map(b -> b.balance())
                                    .orElse(null);
            if (balance == null || balance.compareTo(g.getMinimumDeposit()) < 0) {
                belowMinimum.add(memberId);
            }
        }
        return new RelationshipEvaluator.GroupFacts(
                g.getName(), g.isBlocked(), g.getStatusReason(), activeLoans, belowMinimum);
    }

    private RelationshipEvaluator.DepositFacts depositFacts(Borrower borrower, LocalDate today) {
        String account = borrower.getSettlementAccount();
        if (account == null) {
            return null;
        }
        int window = settings.coverageWindowDays();
        // One read: the coverage window, then the last three 30-day months.
        List<DateWindow> windows =
                new ArrayList<>(List.of(new DateWindow(today.minusDays(window), today)));
        for (int i = 0; i < 3; i++) {
            windows.add(
                    new DateWindow(today.minusDays(30L * (i + 1) - 1), today.minusDays(30L * i)));
        }
        List<BigDecimal> credits = settlement.credits(account, windows);
        BigDecimal coverage = null;
        BigDecimal revenue =
                borrower.enterprise().map(EnterpriseProfile::declaredAnnualRevenue).orElse(null);
        if (revenue != null && revenue.signum() > 0) {
            BigDecimal expected =
                    revenue.multiply(BigDecimal.valueOf(window))
                            .divide(BigDecimal.valueOf(365), MathContext.DECIMAL64);
            coverage = credits.get(0).divide(expected, 4, RoundingMode.HALF_EVEN);
        }
        int monthsWithCredits =
                (int)
                        credits.subList(1, credits.size()).stream()
                                .filter(c -> c.signum() > 0)
                                .count();
        return new RelationshipEvaluator.DepositFacts(
                borrower.maskedSettlementAccount(), coverage, monthsWithCredits);
    }
}
