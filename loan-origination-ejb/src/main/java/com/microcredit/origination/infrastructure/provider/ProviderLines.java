package com.microcredit.origination.infrastructure.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * One line of MicroProfile Fault Tolerance per provider: the state of a circuit breaker and a
 * bulkhead lives on its method, so each provider has a method of its own (a new provider is a new
 * method). Each call runs on the fault-tolerance executor, so the decision thread asks every
 * provider at once and waits for none longer than its timeout:
 *
 * <ul>
 *   <li>{@code @Bulkhead}: at most 24 calls at a time per provider and 96 waiting; more are refused
 *       at once (PROVIDER_BUSY): a slow provider cannot take the threads;
 *   <li>{@code @CircuitBreaker}: opens when half of the last 20 calls failed, refuses every call
 *       for 30 s (PROVIDER_CIRCUIT_OPEN), then closes after 3 trial calls succeed; a provider's
 *       refusal (4xx, 429) does not count;
 *   <li>{@code @Retry}: up to 2 more attempts, only for {@link ProviderFailure.Retryable}, which a
 *       call raises only when the provider declares its queries idempotent;
 *   <li>{@code @Timeout}: 5 s per attempt at most, whatever the source (the source's own, shorter
 *       timeout is the HTTP client's read timeout, {@code
 *       mcrc.provider.source.<SOURCE>.timeout-ms}).
 * </ul>
 *
 * Every value can be changed per provider without a build, by MicroProfile Config (read when the
 * application starts), e.g. {@code
 * com.microcredit.origination.infrastructure.provider.ProviderLines/creditBureau/Timeout/value=8000}
 * or {@code …/governmentPlatform/CircuitBreaker/delay=10000} (docs/providers.md). Called only
 * through the bean's proxy ({@link ProviderRequests}): a call from inside this class would bypass
 * the interceptors.
 */
@ApplicationScoped
public class ProviderLines {

    @Inject ProviderCall call;

    @Asynchronous
    @Bulkhead(value = 24, waitingTaskQueue = 96)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = 30_000,
            successThreshold = 3,
            skipOn = ProviderFailure.Refusal.class)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            maxDuration = 15_000,
            retryOn = ProviderFailure.Retryable.class)
    @Timeout(5_000)
    public CompletionStage<ProviderJson.Checked> governmentPlatform(ProviderQuery q) {
        return CompletableFuture.completedFuture(call.attempt(q));
    }

    @Asynchronous
    @Bulkhead(value = 24, waitingTaskQueue = 96)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = 30_000,
            successThreshold = 3,
            skipOn = ProviderFailure.Refusal.class)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            maxDuration = 15_000,
            retryOn = ProviderFailure.Retryable.class)
    @Timeout(5_000)
    public CompletionStage<ProviderJson.Checked> utilities(ProviderQuery q) {
        return CompletableFuture.completedFuture(call.attempt(q));
    }

    @Asynchronous
    @Bulkhead(value = 24, waitingTaskQueue = 96)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = 30_000,
            successThreshold = 3,
            skipOn = ProviderFailure.Refusal.class)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            maxDuration = 15_000,
            retryOn = ProviderFailure.Retryable.class)
    @Timeout(5_000)
    public CompletionStage<ProviderJson.Checked> eCommerce(ProviderQuery q) {
        return CompletableFuture.completedFuture(call.attempt(q));
    }

    @Asynchronous
    @Bulkhead(value = 24, waitingTaskQueue = 96)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = 30_000,
            successThreshold = 3,
            skipOn = ProviderFailure.Refusal.class)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            maxDuration = 15_000,
            retryOn = ProviderFailure.Retryable.class)
    @Timeout(5_000)
    public CompletionStage<ProviderJson.Checked> creditBureau(ProviderQuery q) {
        return CompletableFuture.completedFuture(call.attempt(q));
    }

    @Asynchronous
    @Bulkhead(value = 24, waitingTaskQueue = 96)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = 30_000,
            successThreshold = 3,
            skipOn = ProviderFailure.Refusal.class)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            maxDuration = 15_000,
            retryOn = ProviderFailure.Retryable.class)
    @Timeout(5_000)
    public CompletionStage<ProviderJson.Checked> registry(ProviderQuery q) {
        return CompletableFuture.completedFuture(call.attempt(q));
    }
}
