package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.settlement.AccountBalance;
import com.microcredit.portfolio.domain.settlement.BreakKind;
import com.microcredit.portfolio.domain.settlement.BreakStatus;
import com.microcredit.portfolio.domain.settlement.EndOfDayReport;
import com.microcredit.portfolio.domain.settlement.LedgerEntry;
import com.microcredit.portfolio.domain.settlement.Reconciliation;
import com.microcredit.portfolio.domain.settlement.ReconciliationBreak;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the reconciliation of one account and day, given what was read for it: the stored report,
 * the ledger entries of the day and the day's breaks still open or resolved. Shared by the
 * reconciliation of one day ({@link ReconciliationServiceBean#reconcile}) and of a batch of
 * end-of-day reports ({@link EndOfDayIntake#applyAll}), which read those for many days at once.
 */
final class DayReconciliation {

    private DayReconciliation() {}

    /**
     * @return the kinds of the breaks recorded now (new ones only), for the operations metrics.
     */
    static List<BreakKind> record(
            EntityManager em,
            AccountBalance day,
            EndOfDayReport report,
            List<LedgerEntry> ledger,
            List<ReconciliationBreak> known,
            Instant now,
            LookupHasher hasher) {
        List<BreakKind> recorded = new ArrayList<>();
        Reconciliation.Result result = Reconciliation.reconcile(report, ledger);
        Map<String, ReconciliationBreak> open = new HashMap<>();
        Map<String, ReconciliationBreak> resolved = new HashMap<>();
        known.stream()
                .filter(
                        b ->
                                b.getStatus() == BreakStatus.OPEN
                                        || b.getStatus() == BreakStatus.RESOLVED)
                .forEach(b -> (b.getStatus().isOpen() ? open : resolved).put(b.identity(), b));
        int openCount = 0;
        for (Reconciliation.Finding finding : result.findings()) {
            ReconciliationBreak existing = open.remove(finding.identity());
            ReconciliationBreak settled = resolved.get(finding.identity());
            if (existing != null) {
                existing.seenAgain(finding, now);
                openCount++;
            } else if (settled == null || !sameAmount(settled, finding)) {
                em.persist(
                        new ReconciliationBreak(
                                day.getAccountNumber(),
                                day.getBusinessDate(),
                                report.currency(),
                                finding,
                                now,
                                hasher));
                recorded.add(finding.kind());
                openCount++;
            }
            // else: a person resolved exactly this break already; finding it again reopens nothing
        }
        open.values().forEach(b -> b.close(BreakStatus.CLEARED, now));
        day.reconciled(result, openCount, now);
        return recorded;
    }

    private static boolean sameAmount(ReconciliationBreak b, Reconciliation.Finding f) {
        return b.getBreakAmount() == null
                ? f.breakAmount() == null
                : f.breakAmount() != null && b.getBreakAmount().compareTo(f.breakAmount()) == 0;
    }
}
