package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundMetrics;
import com.microcredit.portfolio.domain.settlement.AccountBalance;
import com.microcredit.portfolio.domain.settlement.BreakStatus;
import com.microcredit.portfolio.domain.settlement.EndOfDayReport;
import com.microcredit.portfolio.domain.settlement.LedgerEntry;
import com.microcredit.portfolio.domain.settlement.ReconciliationBreak;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies core banking's end-of-day reports once each (the account and date are the business key;
 * the report's digest tells a redelivery from a restatement) and reconciles their days in the same
 * transaction, so a report is consumed only with its reconciliation. A batch of reports is handled
 * together: the days already stored are read and locked with one statement, the ledger entries of
 * all the batch's days with one, their open and resolved breaks with one; the comparison itself is
 * the domain's ({@code Reconciliation}) per day, and the writes go out as JDBC batches at commit.
 */
@Stateless
@RolesAllowed(
        "SYSTEM") // only the end-of-day batch receiver, which runs as the system identity (ADR
// 0014)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EndOfDayIntake {

    @Inject private LookupHasher hasher;

    @EJB private InboundMetrics inboundMetrics;

    @Inject private ReconciliationMetrics reconciliationMetrics;

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LedgerStore ledger;

    /**
     * @return true if the report took effect now, false if the same report was applied before.
     */
    public boolean apply(EndOfDayReport report) {
        return applyAll(List.of(report)) == 1;
    }

    /**
     * Stores and reconciles the reports in the order given (a later report of the same account and
     * day in the batch restates an earlier one; the same report twice takes effect once).
     *
     * @return how many distinct days took a report now (redeliveries of applied reports excluded).
     */
    public int applyAll(List<EndOfDayReport> reports) {
        if (reports.isEmpty()) {
            return 0;
        }
        inboundMetrics.accepted("EndOfDayBalance", reports.size());
        Instant now = clock.instant();
        Set<String> hashes = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        for (EndOfDayReport r : reports) {
            hashes.add(
                    AccountBalance.key(hasher, r.accountNumber(), r.businessDate()).accountHash());
            dates.add(r.businessDate());
        }
        // The stored days are locked: a scheduled run and an arriving report never record the same
        // break twice. Rows are locked in key order by the index scan, so batches do not deadlock.
        Map<AccountBalance.Key, AccountBalance> days = new HashMap<>();
        em.createQuery(
                        "select b from AccountBalance b where b.accountHash in :h and"
                                + " b.businessDate in :d",
                        AccountBalance.class)
                .setParameter("h", hashes)
                .setParameter("d", dates)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(
                        b ->
                                days.put(
                                        new AccountBalance.Key(
                                                b.getAccountHash(), b.getBusinessDate()),
                                        b));
        Set<AccountBalance.Key> stored = new HashSet<>(days.keySet());
        Map<AccountBalance.Key, AccountBalance> changed = new LinkedHashMap<>();
        for (EndOfDayReport r : reports) {
            AccountBalance.Key key =
                    AccountBalance.key(hasher, r.accountNumber(), r.businessDate());
            AccountBalance day = days.get(key);
            if (day != null && r.digest().equals(day.getReportDigest())) {
                continue; // a redelivery (or the same report twice in this batch): no second effect
            }
            if (day == null) {
                day =
                        new AccountBalance(
                                r.accountNumber(),
                                r.businessDate(),
                                r.closingBalance(),
                                r.currency(),
                                hasher);
                day.report(r, now);
                // A concurrent first report of the same day fails on the key at commit; the batch
                // is
                // rolled back and redelivered, and the redelivery finds the committed day.
                em.persist(day);
                days.put(key, day);
            } else {
                day.report(r, now);
            }
            changed.put(key, day);
        }
        if (changed.isEmpty()) {
            return 0;
        }
        reconcile(changed, stored, now);
        return changed.size();
    }

    /**
     * Reconciles the changed days against the ledger; breaks of a restated report are superseded
     * first.
     */
    private void reconcile(
            Map<AccountBalance.Key, AccountBalance> changed,
            Set<AccountBalance.Key> stored,
            Instant now) {
        Set<String> hashes = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        changed.keySet()
                .forEach(
                        k -> {
                            hashes.add(k.accountHash());
                            dates.add(k.businessDate());
                        });
        Map<AccountBalance.Key, List<LedgerEntry>> entries = ledger.entries(hashes, dates);
        Map<AccountBalance.Key, List<ReconciliationBreak>> breaks = new HashMap<>();
        // Commit flush mode: the new days need not be written before these reads (they read other
        // tables), so each new day is inserted once, complete, at commit.
        em.createQuery(
                        "select b from ReconciliationBreak b where b.accountHash in :h and"
                                + " b.businessDate in :d and b.status in :s",
                        ReconciliationBreak.class)
                .setParameter("h", hashes)
                .setParameter("d", dates)
                .setParameter("s", List.of(BreakStatus.OPEN, BreakStatus.RESOLVED))
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(
                        b ->
                                breaks.computeIfAbsent(
                                                new AccountBalance.Key(
                                                        b.getAccountHash(), b.getBusinessDate()),
                                                k -> new ArrayList<>())
                                        .add(b));
        changed.forEach(
                (key, day) -> {
                    List<ReconciliationBreak> known = breaks.getOrDefault(key, List.of());
                    if (stored.contains(key)) {
                        // The report restates the day: what was found against the old one no longer
                        // stands.
                        known.stream()
                                .filter(b -> b.getStatus() == BreakStatus.OPEN)
                                .forEach(b -> b.close(BreakStatus.SUPERSEDED, now));
                    }
                    reconciliationMetrics.breaks(
                            DayReconciliation.record(
                                    em,
                                    day,
                                    day.asReport().orElseThrow(),
                                    entries.getOrDefault(key, List.of()),
                                    known,
                                    now,
                                    hasher));
                });
    }
}
