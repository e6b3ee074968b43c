package com.microcredit.origination.application;

import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.origination.domain.loan.ApplicationStateException;
import com.microcredit.origination.domain.loan.ApplicationStatus;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.loan.ScheduledInstalment;
import com.microcredit.origination.domain.schedule.RepaymentSchedule;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.shared.domain.Money;
import com.microcredit.supplychain.api.ChainCredit;
import com.microcredit.supplychain.api.MemberStanding;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Accepting an open offer: fix the schedule, reserve the amount against every applicable limit
 * (portfolio's {@code LimitService}) and instruct disbursement (port {@link
 * DisbursementPublisher}), all in the calling service's transaction: all or nothing.
 */
@Dependent
class OfferAcceptance {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LimitService limits;
    @EJB private ChainCredit chainCredit;
    @Inject private DisbursementPublisher disbursements;
    @Inject private OriginationSettings settings;

    /** Reserve, fix the schedule, instruct disbursement: one transaction, all or nothing. */
    void accept(LoanApplication app) {
        if (app.getStatus() != ApplicationStatus.APPROVED) {
            throw new DecisionRefusedException("WRONG_STATE", app.getReference(), app.getStatus());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.bankZone());
        Borrower borrower = em.find(Borrower.class, app.getBorrowerId());
        RepaymentSchedule schedule =
                RepaymentSchedule.of(
                        Money.of(app.getAmount(), Currency.getInstance(app.getCurrency())),
                        app.getPricing().getAnnualRate(),
                        app.getTermMonths(),
                        today,
                        app.getRepaymentMethod());
        try {
            app.accept(
                    schedule.instalments().stream()
                            .map(
                                    i ->
                                            new ScheduledInstalment(
                                                    i.number(),
                                                    i.dueDate(),
                                                    i.principal(),
                                                    i.interest(),
                                                    i.total(),
                                                    i.balanceAfter()))
                            .toList(),
                    today,
                    now);
        } catch (ApplicationStateException e) {
            throw new DecisionRefusedException(e.code(), e.arguments().toArray()).because(e);
        }
        limits.reserve(
                new ReserveExposure(
                        app.getReference(),
                        app.getAmount(),
                        app.getCurrency(),
                        attributes(app, borrower)));
        disbursements.send(
                app.getReference(),
                borrower.getId(),
                borrower.getSettlementAccount(),
                app.getAmount(),
                app.getCurrency(),
                app.getPricing().getAnnualRate(),
                app.getProductCode(),
                schedule.instalments().stream()
                        .map(
                                i ->
                                        new DisbursementPublisher.Line(
                                                i.number(),
                                                i.dueDate(),
                                                i.principal(),
                                                i.interest()))
                        .toList());
    }

    private ExposureAttributes attributes(LoanApplication app, Borrower borrower) {
        AccountManager manager = em.find(AccountManager.class, borrower.getAccountManagerId());
        List<JointLiabilityGroup> groups =
                em.createQuery(
                                "select g from JointLiabilityGroup g where :b member of"
                                        + " g.memberBorrowerIds",
                                JointLiabilityGroup.class)
                        .setParameter("b", borrower.getId())
                        .getResultList();
        InformationPath primary =
                app.pathsUsed().stream().min(Comparator.naturalOrder()).orElseThrow();
        Long hubId =
                primary == InformationPath.SUPPLY_CHAIN
                        ? chainCredit.standingOf(borrower.getId()).stream()
                                .filter(MemberStanding::eligible)
                                .max(Comparator.comparing(MemberStanding::memberLimit))
                                .map(MemberStanding::hubId)
                                .orElse(null)
                        : null;
        return new ExposureAttributes(
                borrower.getId(),
                groups.isEmpty() ? null : "group-" + groups.get(0).getId(),
                hubId,
                borrower.getIndustryCode() == null ? "HH" : borrower.getIndustryCode(),
                borrower.getRegionCode(),
                app.getProductCode(),
                primary.name(),
                manager.getBranchCode(),
                manager.getId(),
                app.pathsUsed().equals(Set.of(InformationPath.BLIND_LENDING)));
    }
}
