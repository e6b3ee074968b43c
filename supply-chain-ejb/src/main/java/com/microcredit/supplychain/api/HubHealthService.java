package com.microcredit.supplychain.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Hub health (domain guide §2.3): NORMAL, WATCH or DISTRESSED, derived from indicators and changed
 * by people under maker-checker. Every downgrade, whatever its source, applies contagion in the
 * same transaction: the hub's chain limit is blocked (no new chain lending) and every open loan of
 * a chain member gets an early-warning signal. Only an approved manual change back to NORMAL
 * restores chain lending. Every change is kept as an audit record.
 */
@Local
public interface HubHealthService {

    /**
     * Records a reading; a worse implied status downgrades the hub at once (indicators never
     * upgrade).
     */
    HealthOutcome recordIndicators(RecordHubIndicators command);

    /** Proposes a status change with a reason; nothing changes until a second person approves. */
    StatusChangeView propose(ProposeHubStatus command);

    /**
     * A person other than the proposer approves; the hub takes the status (with contagion or
     * restoration).
     */
    StatusChangeView approve(long changeId, String note);

    /** Rejects (or, by the proposer, withdraws) a pending change. */
    StatusChangeView reject(long changeId, String note);

    List<StatusChangeView> pending();

    /** Every status change of the hub, newest first. */
    List<StatusChangeView> history(long hubId);

    Optional<IndicatorReadingView> latestReading(long hubId);
}
