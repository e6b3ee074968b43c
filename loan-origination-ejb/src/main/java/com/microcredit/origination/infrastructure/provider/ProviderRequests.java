package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.application.DataSourceAdapter.CallFacts;
import com.microcredit.origination.application.DataSourceAdapter.SourceRequest;
import com.microcredit.origination.application.DataSourceAdapter.SourceUnavailableException;
import com.microcredit.origination.application.SourceAdapters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Asks a provider for one source: first what can refuse without calling – the provider's settings,
 * the pause a 429 asked for, this server's request rate, the daily and monthly budget (the call's
 * worst cost is reserved) – then the provider's fault-tolerance line. The outcome is priced by the
 * provider's contract (cost rules ANSWERED, NO_DATA, FAILED_CALL: sent but no usable answer,
 * NOT_CHARGED: the provider refused or failed, NOT_SENT) and recorded in the provider's state; a
 * failure completes the stage with a {@link SourceUnavailableException} carrying its reason code.
 */
@ApplicationScoped
public class ProviderRequests {

    /** One provider's checked answer with the facts of the call that brought it. */
    public record Answered(ProviderJson.Checked checked, CallFacts call) {}

    static final String RATE_LIMIT = "PROVIDER_RATE_LIMIT";
    static final String BUSY = "PROVIDER_BUSY";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final Map<Provider, TokenBucket> rates = new EnumMap<>(Provider.class);

    @Inject ProviderSettings settings;
    @Inject ProviderLines lines;
    @Inject ProviderStates states;
    @Inject SpendLedger ledger;
    @Inject SourceAdapters prices;

    public CompletionStage<Answered> ask(SourceRequest r) {
        Provider p = settings.providerOf(r.source());
        String requestId = UUID.randomUUID().toString();
        ProviderConfig c;
        try {
            c = settings.of(p);
        } catch (ProviderFailure f) {
            return refused(p, requestId, f.code(), f.getMessage());
        }
        if (states.paused(p, Instant.now())) {
            return refused(
                    p,
                    requestId,
                    ProviderCall.THROTTLED,
                    "paused until " + states.of(p).pausedUntil() + " (Retry-After)");
        }
        if (!bucket(p, c).tryAcquire(c.ratePerSecond(), c.burst())) {
            return refused(p, requestId, RATE_LIMIT, "over " + c.ratePerSecond() + " requests/s");
        }
        BigDecimal answered = prices.costOf(r.source());
        BigDecimal noData = c.noDataCost().orElse(answered);
        BigDecimal worst = answered.max(noData).max(c.failedCallCost());
        SpendBudget.Refusal over = ledger.reserve(p, c, worst);
        if (over != null) {
            return refused(
                    p,
                    requestId,
                    "PROVIDER_" + over + "_BUDGET_EXCEEDED",
                    over
                            + " budget "
                            + (over == SpendBudget.Refusal.DAILY
                                            ? c.dailyBudget()
                                            : c.monthlyBudget())
                                    .orElseThrow()
                            + " CNY reached");
        }
        ProviderQuery q =
                new ProviderQuery(
                        p,
                        r.source(),
                        requestId,
                        r.identityNumber(),
                        ProviderJson.request(requestId, r, c.clientId()));
        long started = System.nanoTime();
        CompletionStage<ProviderJson.Checked> stage;
        try {
            stage = line(q);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        return stage.handle(
                (checked, error) -> {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    if (error == null) {
                        return answered(q, checked, ms, answered, noData, worst);
                    }
                    throw failed(q, c, unwrap(error), ms, worst);
                });
    }

    /** The provider's fault-tolerance line, through the bean's proxy so that it applies. */
    private CompletionStage<ProviderJson.Checked> line(ProviderQuery q) {
        return switch (q.provider()) {
            case GOVERNMENT_PLATFORM -> lines.governmentPlatform(q);
            case UTILITIES -> lines.utilities(q);
            case E_COMMERCE -> lines.eCommerce(q);
            case CREDIT_BUREAU -> lines.creditBureau(q);
            case REGISTRY -> lines.registry(q);
        };
    }

    private Answered answered(
            ProviderQuery q,
            ProviderJson.Checked checked,
            long ms,
            BigDecimal answered,
            BigDecimal noData,
            BigDecimal worst) {
        boolean empty = checked.facts().isEmpty() && checked.persons().isEmpty();
        String rule = empty ? "NO_DATA" : "ANSWERED";
        BigDecimal cost = empty ? noData : answered;
        ledger.settle(q.provider(), worst, cost);
        states.succeeded(q.provider(), rule);
        return new Answered(
                checked,
                new CallFacts(
                        q.provider().name(),
                        q.requestId(),
                        q.attempts(),
                        ms,
                        cost,
                        rule,
                        String.join(",", checked.recordIds()),
                        checked.asOf()));
    }

    private SourceUnavailableException failed(
            ProviderQuery q, ProviderConfig c, Throwable e, long ms, BigDecimal worst) {
        String code;
        boolean sent;
        if (e instanceof ProviderFailure f) {
            code = f.code();
            sent = f.sent();
        } else if (e instanceof CircuitBreakerOpenException) {
            code = ProviderStates.CIRCUIT_OPEN;
            sent = false;
        } else if (e instanceof BulkheadException) {
            code = BUSY;
            sent = false;
        } else if (e instanceof TimeoutException) {
            code = ProviderCall.TIMEOUT;
            sent = q.attempts() > 0;
        } else {
            code = ProviderCall.ERROR;
            sent = q.attempts() > 0;
        }
        String rule = costRule(code, sent, q.attempts());
        BigDecimal cost = "FAILED_CALL".equals(rule) ? c.failedCallCost() : ZERO;
        ledger.settle(q.provider(), worst, cost);
        String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        states.failed(q.provider(), code, detail);
        return new SourceUnavailableException(
                code,
                detail,
                new CallFacts(
                        q.provider().name(),
                        q.requestId(),
                        q.attempts(),
                        q.attempts() == 0 ? null : ms,
                        cost,
                        rule,
                        null,
                        null));
    }

    /** The contract's rule for a failed call (docs/providers.md, "What a query costs"). */
    static String costRule(String code, boolean sent, int attempts) {
        if (attempts == 0 || !sent) {
            return "NOT_SENT";
        }
        return switch (code) {
            case ProviderCall.TIMEOUT, ProviderJson.MALFORMED, ProviderJson.MISMATCH ->
                    "FAILED_CALL";
            default -> "NOT_CHARGED";
        };
    }

    private CompletionStage<Answered> refused(
            Provider p, String requestId, String code, String detail) {
        states.failed(p, code, detail);
        return CompletableFuture.failedFuture(
                new SourceUnavailableException(
                        code,
                        detail,
                        new CallFacts(p.name(), requestId, 0, null, ZERO, "NOT_SENT", null, null)));
    }

    private synchronized TokenBucket bucket(Provider p, ProviderConfig c) {
        return rates.computeIfAbsent(
                p, k -> new TokenBucket(c.ratePerSecond(), c.burst(), System::nanoTime));
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
