package com.microcredit.origination.application;

import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.RecheckRefusedException;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.origination.domain.loan.ApplicationStateException;
import com.microcredit.origination.domain.loan.ApplicationStatus;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.loan.ScheduledInstalment;
import com.microcredit.origination.domain.recheck.AcceptanceRecheck;
import com.microcredit.origination.domain.recheck.RecheckRecord;
import com.microcredit.origination.domain.recheck.RecheckResult;
import com.microcredit.origination.domain.schedule.RepaymentSchedule;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
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
 * Accepting an open offer: evaluate again every condition the approval relied on ({@link
 * AcceptanceRecheck}; a changed one sends the case back for a new decision and nothing leaves), fix
 * the schedule, reserve the amount against every applicable limit (portfolio's {@code
 * LimitService}) and instruct disbursement (port {@link DisbursementPublisher}), all in the calling
 * service's transaction: all or nothing.
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
    @Inject private RecheckFactsGatherer recheckFacts;
    @EJB private AuditTrail audit;

    /**
     * Re-check, reserve, fix the schedule, instruct disbursement: one transaction, all or nothing.
     * {@code recheck} is false only when the decision was made in this same transaction (nothing
     * can have changed). A failed re-check keeps its record and the sending back, and throws {@link
     * RecheckRefusedException} (which does not roll back).
     */
    void accept(LoanApplication app, boolean recheck, String by) {
        if (app.getStatus() != ApplicationStatus.APPROVED) {
            throw new DecisionRefusedException("WRONG_STATE", app.getReference(), app.getStatus());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.bankZone());
        if (recheck) {
            recheck(app, today, now, by);
        }
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

    private void recheck(LoanApplication app, LocalDate today, Instant now, String by) {
        List<RecheckResult> results =
                AcceptanceRecheck.evaluate(recheckFacts.gather(app, today, now));
        results.forEach(r -> em.persist(new RecheckRecord(app.getId(), now, by, r)));
        List<RecheckResult> failed = results.stream().filter(r -> !r.holds()).toList();
        if (failed.isEmpty()) {
            return;
        }
        app.sendBackForNewDecision();
        audit.record(
                AuditEvent.coded(
                        "RECHECK_FAILED",
                        "BORROWER",
                        app.getBorrowerId(),
                        "AUDIT_RECHECK_FAILED",
                        app.getReference(),
                        failed.get(0).condition(),
                        failed.size()));
        throw new RecheckRefusedException(failed.get(0).condition().name(), failed.size());
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
