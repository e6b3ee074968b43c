package com.microcredit.portfolio.infrastructure.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Where a nightly run spends its time: thread-seconds per phase of the chunks (summed over the
 * partitions' threads) and the wall time of each step, logged when the run ends (messages.log,
 * "CWMCR nightly phases"). Operations use it to see which part grows with the book; the benchmark
 * (docs/benchmarks.md) reads the same line.
 */
@ApplicationScoped
public class NightlyPhaseTimes {

    private static final Logger LOG = Logger.getLogger(NightlyPhaseTimes.class.getName());

    /** The phases of a chunk, then the steps after the loans step. */
    public enum Phase {
        READ_IDS,
        READ_LOANS,
        READ_INSTALMENTS,
        READ_HUB_GROUP,
        READ_ALTERNATIVE_DATA,
        READ_SETTLEMENT,
        RULES,
        WRITE_LOANS,
        SIGNALS,
        REMINDERS,
        COUNTERS,
        CHUNK_TOTAL,
        PARTITION_WALL,
        STEP_ESCALATION,
        STEP_SNAPSHOT
    }

    private final Map<Long, Map<Phase, LongAdder>> runs = new ConcurrentHashMap<>();

    public void add(long runId, Phase phase, long nanos) {
        runs.computeIfAbsent(
                        runId,
                        r -> {
                            Map<Phase, LongAdder> m = new EnumMap<>(Phase.class);
                            for (Phase p : Phase.values()) {
                                m.put(p, new LongAdder());
                            }
                            return m;
                        })
                .get(phase)
                .add(nanos);
    }

    /** Logs and forgets the run's times (nothing when this server did none of its work). */
    public String report(long runId) {
        Map<Phase, LongAdder> m = runs.remove(runId);
        if (m == null) {
            return "";
        }
        StringBuilder s =
                new StringBuilder(
                        "Nightly run "
                                + runId
                                + " phases (seconds; chunk phases summed over threads):");
        m.forEach(
                (p, t) -> {
                    if (t.sum() > 0) {
                        s.append(' ')
                                .append(p.name().toLowerCase(Locale.ROOT))
                                .append('=')
                                .append(String.format(Locale.ROOT, "%.2f", t.sum() / 1e9));
                    }
                });
        LOG.info(s.toString());
        return s.toString();
    }
}
