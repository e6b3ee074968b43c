package com.microcredit.origination.infrastructure.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Each data provider's state in {@code /health/ready} ("data-providers"): circuit (OPEN or CLOSED
 * as last seen), calls and failures on this server, the last error (reason code, when), latency
 * percentiles p50/p95/p99 (ms) of the last 1,000 calls, a 429 pause. Always UP: a provider that is
 * down makes its sources UNAVAILABLE, not the server unready – decisions go on with the other paths
 * (no information, no loan).
 */
@Readiness
@ApplicationScoped
public class ProviderReadinessCheck implements HealthCheck {

    @Inject ProviderStates states;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("data-providers").up();
        for (Provider p : Provider.values()) {
            ProviderStates.State s = states.of(p);
            String k = p.name() + ".";
            b.withData(k + "circuit", s.circuit())
                    .withData(k + "calls", s.calls())
                    .withData(k + "failures", s.failures())
                    .withData(k + "p50Ms", s.latencies().percentile(50))
                    .withData(k + "p95Ms", s.latencies().percentile(95))
                    .withData(k + "p99Ms", s.latencies().percentile(99));
            if (s.lastError() != null) {
                b.withData(k + "lastError", s.lastError())
                        .withData(k + "lastErrorAt", String.valueOf(s.lastErrorAt()));
            }
            if (s.pausedUntil() != null) {
                b.withData(k + "pausedUntil", String.valueOf(s.pausedUntil()));
            }
        }
        return b.build();
    }
}
