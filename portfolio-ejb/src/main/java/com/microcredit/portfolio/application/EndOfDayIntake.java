package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.ReconciliationService;
import com.microcredit.portfolio.domain.settlement.AccountBalance;
import com.microcredit.portfolio.domain.settlement.BreakStatus;
import com.microcredit.portfolio.domain.settlement.EndOfDayReport;
import com.microcredit.portfolio.domain.settlement.ReconciliationBreak;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Applies core banking's end-of-day report of an account and day once (the account and date are
 * the business key; the report's digest tells a redelivery from a restatement) and reconciles the
 * day in the same transaction, so the report is consumed only with its reconciliation.
 */
@Stateless
@PermitAll // called by the end-of-day listener, which runs without a user (ADR 0003)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EndOfDayIntake {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB
    private ReconciliationService reconciliation;

    /** @return true if the report took effect now, false if the same report was applied before. */
    public boolean apply(EndOfDayReport report) {
        Instant now = clock.instant();
        AccountBalance day = em.find(AccountBalance.class,
                AccountBalance.key(report.accountNumber(), report.businessDate()), LockModeType.PESSIMISTIC_WRITE);
        if (day != null && report.digest().equals(day.getReportDigest())) {
            return false;
        }
        if (day == null) {
            day = new AccountBalance(report.accountNumber(), report.businessDate(), report.closingBalance(),
                    report.currency());
            day.report(report, now);
            em.persist(day);
            // A concurrent first report of the same day fails here on the key; the redelivery finds it.
            em.flush();
        } else {
            day.report(report, now);
            em.createQuery("select b from ReconciliationBreak b where b.accountHash = :a and b.businessDate = :d"
                            + " and b.status = :open", ReconciliationBreak.class)
                    .setParameter("a", day.getAccountHash()).setParameter("d", report.businessDate())
                    .setParameter("open", BreakStatus.OPEN)
                    .getResultStream().forEach(b -> b.close(BreakStatus.SUPERSEDED, now));
            em.flush();
        }
        reconciliation.reconcile(report.accountNumber(), report.businessDate());
        return true;
    }
}
