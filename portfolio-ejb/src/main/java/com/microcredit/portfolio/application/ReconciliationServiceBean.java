package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.ReconciledDayView;
import com.microcredit.portfolio.api.ReconciliationBreakView;
import com.microcredit.portfolio.api.ReconciliationService;
import com.microcredit.portfolio.domain.settlement.AccountBalance;
import com.microcredit.portfolio.domain.settlement.BreakStatus;
import com.microcredit.portfolio.domain.settlement.EndOfDayReport;
import com.microcredit.portfolio.domain.settlement.LedgerAccount;
import com.microcredit.portfolio.domain.settlement.ReconciliationBreak;
import com.microcredit.shared.domain.IdentityMask;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

@Stateless
@RolesAllowed({"RISK_MANAGER", "ADMIN"})
public class ReconciliationServiceBean implements ReconciliationService {

    @Inject private LookupHasher hasher;

    @Inject private ReconciliationMetrics reconciliationMetrics;

    private static final Logger LOG = Logger.getLogger(ReconciliationServiceBean.class.getName());

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LedgerStore ledger;

    @EJB private ReconciliationRun run;

    @Resource private SessionContext context;

    @Override
    @RolesAllowed({"RISK_MANAGER", "ADMIN", "SYSTEM"}) // and the end-of-day intake (SYSTEM)
    public ReconciledDayView reconcile(String accountNumber, LocalDate businessDate) {
        // The report row is locked: a scheduled run and an arriving report never record the same
        // break twice.
        AccountBalance day =
                em.find(
                        AccountBalance.class,
                        AccountBalance.key(hasher, accountNumber, businessDate),
                        LockModeType.PESSIMISTIC_WRITE);
        if (day == null) {
            throw new ChangeRefusedException(
                    null,
                    "NO_END_OF_DAY_REPORT",
                    IdentityMask.mask(accountNumber, 0, 4),
                    businessDate);
        }
        Optional<EndOfDayReport> report = day.asReport();
        if (report.isEmpty()) {
            return view(day); // only a closing balance was recorded: nothing to reconcile against
        }
        List<ReconciliationBreak> known =
                em.createQuery(
                                "select b from ReconciliationBreak b where b.accountHash = :a"
                                        + " and b.businessDate = :d and b.status in :s",
                                ReconciliationBreak.class)
                        .setParameter("a", day.getAccountHash())
                        .setParameter("d", businessDate)
                        .setParameter("s", List.of(BreakStatus.OPEN, BreakStatus.RESOLVED))
                        .getResultList();
        reconciliationMetrics.breaks(
                DayReconciliation.record(
                        em,
                        day,
                        report.get(),
                        ledger.entries(accountNumber, businessDate),
                        known,
                        clock.instant(),
                        hasher));
        return view(day);
    }

    @Override
    @RolesAllowed({"RISK_MANAGER", "ADMIN", "SYSTEM"}) // and the reconciliation schedule (SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int reconcileSince(LocalDate from) {
        // The account number is encrypted (ADR 0016): the entity's converter decrypts it in memory.
        List<AccountBalance> days =
                em.createQuery(
                                "select b from AccountBalance b where b.businessDate >= :f and"
                                        + " b.openingBalance is not null order by b.businessDate,"
                                        + " b.accountHash",
                                AccountBalance.class)
                        .setParameter("f", from)
                        .getResultList();
        int done = 0;
        for (AccountBalance d : days) {
            try {
                run.reconcileDay(d.getAccountNumber(), d.getBusinessDate());
                done++;
            } catch (RuntimeException e) {
                // One day that cannot be reconciled now must not stop the others; it is retried
                // next run.
                // The log names the account by its lookup hash: logs are not encrypted.
                LOG.log(
                        Level.WARNING,
                        "Reconciliation of account "
                                + d.getAccountHash()
                                + " on "
                                + d.getBusinessDate()
                                + " failed; retried next run",
                        e);
            }
        }
        return done;
    }

    @Override
    public List<ReconciliationBreakView> breaks(boolean openOnly, String accountNumber, int max) {
        String jpql =
                "select b from ReconciliationBreak b where 1 = 1"
                        + (openOnly ? " and b.status = :open" : "")
                        + (accountNumber == null || accountNumber.isBlank()
                                ? ""
                                : " and b.accountHash = :a")
                        + " order by b.businessDate desc, b.accountHash, b.id";
        var query = em.createQuery(jpql, ReconciliationBreak.class).setMaxResults(max);
        if (openOnly) {
            query.setParameter("open", BreakStatus.OPEN);
        }
        if (accountNumber != null && !accountNumber.isBlank()) {
            query.setParameter("a", LedgerAccount.hash(hasher, accountNumber));
        }
        return query.getResultStream().map(ReconciliationServiceBean::view).toList();
    }

    @Override
    public List<ReconciledDayView> days(boolean brokenOnly, int max) {
        return em.createQuery(
                        "select b from AccountBalance b where b.reconciledAt is not null"
                                + (brokenOnly ? " and b.openBreaks > 0" : "")
                                + " order by b.businessDate desc, b.accountHash",
                        AccountBalance.class)
                .setMaxResults(max)
                .getResultStream()
                .map(ReconciliationServiceBean::view)
                .toList();
    }

    @Override
    public long openBreakCount() {
        return em.createQuery(
                        "select count(b) from ReconciliationBreak b where b.status = :s",
                        Long.class)
                .setParameter("s", BreakStatus.OPEN)
                .getSingleResult();
    }

    @Override
    public ReconciliationBreakView resolve(long breakId, String note) {
        ReconciliationBreak b =
                em.find(ReconciliationBreak.class, breakId, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            throw new ChangeRefusedException(null, "NOT_FOUND", "RECONCILIATION_BREAK", breakId);
        }
        try {
            b.resolve(context.getCallerPrincipal().getName(), note, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(null, "BREAK_NOT_RESOLVED").because(e);
        }
        AccountBalance day =
                em.find(
                        AccountBalance.class,
                        new AccountBalance.Key(b.getAccountHash(), b.getBusinessDate()),
                        LockModeType.PESSIMISTIC_WRITE);
        // A CONFLICT break (ADR 0025) is not among the breaks a run counted for the day.
        if (day != null
                && b.getKind().closesAutomatically()
                && day.getOpenBreaks() != null
                && day.getOpenBreaks() > 0) {
            day.breakResolved();
        }
        return view(b);
    }

    static ReconciliationBreakView view(ReconciliationBreak b) {
        return new ReconciliationBreakView(
                b.getId(),
                b.getAccountNumber(),
                b.getBusinessDate(),
                b.getKind().name(),
                b.getTransactionId(),
                b.getCoreAmount(),
                b.getLedgerAmount(),
                b.getBreakAmount(),
                b.getCurrency(),
                b.getDetail(),
                b.getStatus().name(),
                b.getDetectedAt(),
                b.getLastSeenAt(),
                b.getClosedAt(),
                b.getResolvedBy(),
                b.getResolutionNote());
    }

    static ReconciledDayView view(AccountBalance b) {
        return new ReconciledDayView(
                b.getAccountNumber(),
                b.getBusinessDate(),
                b.getCurrency(),
                b.getOpeningBalance(),
                b.getBalance(),
                b.getTransactionCount(),
                b.getLedgerCredits(),
                b.getLedgerDebits(),
                b.getLedgerCount(),
                b.getOpenBreaks() == null ? 0 : b.getOpenBreaks(),
                b.getReconciledAt());
    }
}
