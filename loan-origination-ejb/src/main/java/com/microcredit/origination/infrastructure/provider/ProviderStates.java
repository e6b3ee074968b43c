package com.microcredit.origination.infrastructure.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What this server has seen of each provider: the circuit (OPEN from the first call its breaker
 * refused until a call succeeds), the last error, the latency of the last 1,000 calls, the pause a
 * 429 asked for. Shown in the readiness check and published as application metrics: {@code
 * mcrc_provider_calls_total{provider,outcome}}, {@code mcrc_provider_latency_seconds{provider}}
 * (with quantiles) and {@code mcrc_provider_circuit_open{provider}}.
 */
@ApplicationScoped
public class ProviderStates {

    static final String CIRCUIT_OPEN = "PROVIDER_CIRCUIT_OPEN";

    private static final Metadata CALLS =
            Metadata.builder()
                    .withName("mcrc.provider.calls")
                    .withDescription(
                            "Data-provider queries by provider and outcome: ANSWERED, NO_DATA, or"
                                    + " the reason code of a failure or refusal")
                    .build();
    private static final Metadata LATENCY =
            Metadata.builder()
                    .withName("mcrc.provider.latency")
                    .withDescription("Latency of data-provider calls that got an HTTP answer")
                    .withUnit(MetricUnits.SECONDS)
                    .build();
    private static final Metadata OPEN =
            Metadata.builder()
                    .withName("mcrc.provider.circuit.open")
                    .withDescription("1 while the provider's circuit breaker is seen open, else 0")
                    .build();

    /** One provider's state as seen here. */
    public static final class State {
        private final LatencyWindow latencies = new LatencyWindow(1000);
        private Instant circuitOpenSince;
        private String lastError;
        private String lastErrorDetail;
        private Instant lastErrorAt;
        private Instant pausedUntil;
        private long calls;
        private long failures;

        public synchronized String circuit() {
            return circuitOpenSince == null ? "CLOSED" : "OPEN";
        }

        public synchronized Instant circuitOpenSince() {
            return circuitOpenSince;
        }

        public synchronized String lastError() {
            return lastError;
        }

        public synchronized String lastErrorDetail() {
            return lastErrorDetail;
        }

        public synchronized Instant lastErrorAt() {
            return lastErrorAt;
        }

        public synchronized Instant pausedUntil() {
            return pausedUntil;
        }

        public synchronized long calls() {
            return calls;
        }

        public synchronized long failures() {
            return failures;
        }

        public LatencyWindow latencies() {
            return latencies;
        }
    }

    private final Map<Provider, State> states = new EnumMap<>(Provider.class);

    @Inject MetricRegistry metrics;

    public synchronized State of(Provider p) {
        return states.computeIfAbsent(
                p,
                k -> {
                    State s = new State();
                    metrics.gauge(
                            OPEN,
                            s,
                            st -> st.circuitOpenSince() == null ? 0 : 1,
                            new Tag("provider", k.name()));
                    return s;
                });
    }

    /** An HTTP answer came back after {@code d}. */
    public void latency(Provider p, Duration d) {
        of(p).latencies().add(d.toMillis());
        metrics.timer(LATENCY, new Tag("provider", p.name())).update(d);
    }

    /** The provider asked us (429) to wait before the next call. */
    public void throttled(Provider p, Duration wait) {
        State s = of(p);
        synchronized (s) {
            Instant until = Instant.now().plus(wait);
            if (s.pausedUntil == null || until.isAfter(s.pausedUntil)) {
                s.pausedUntil = until;
            }
        }
    }

    /** Whether the provider asked to be left alone until after {@code now}. */
    public boolean paused(Provider p, Instant now) {
        State s = of(p);
        synchronized (s) {
            return s.pausedUntil != null && now.isBefore(s.pausedUntil);
        }
    }

    public void succeeded(Provider p, String outcome) {
        State s = of(p);
        synchronized (s) {
            s.calls++;
            s.circuitOpenSince = null;
        }
        metrics.counter(CALLS, new Tag("provider", p.name()), new Tag("outcome", outcome)).inc();
    }

    public void failed(Provider p, String code, String detail) {
        State s = of(p);
        Instant now = Instant.now();
        synchronized (s) {
            s.calls++;
            s.failures++;
            s.lastError = code;
            s.lastErrorDetail = detail;
            s.lastErrorAt = now;
            if (CIRCUIT_OPEN.equals(code) && s.circuitOpenSince == null) {
                s.circuitOpenSince = now;
            }
        }
        metrics.counter(CALLS, new Tag("provider", p.name()), new Tag("outcome", code)).inc();
    }
}
