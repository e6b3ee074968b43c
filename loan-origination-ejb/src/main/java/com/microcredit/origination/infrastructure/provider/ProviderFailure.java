package com.microcredit.origination.infrastructure.provider;

/**
 * A provider call that failed, with the reason code shown to people (PROVIDER_TIMEOUT,
 * PROVIDER_ERROR, …), the technical detail, whether the request reached the provider (which decides
 * the cost rule: a call the provider received may be charged as its contract says) and the latency
 * of the attempt. Counted by the provider's circuit breaker; {@link Retryable} is retried when the
 * provider declares its queries idempotent, {@link Refusal} is the provider answering for itself
 * (4xx, 429) and does not count against its health.
 */
public class ProviderFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final boolean sent;

    public ProviderFailure(String code, String detail, boolean sent) {
        super(detail);
        this.code = code;
        this.sent = sent;
    }

    public String code() {
        return code;
    }

    /** True when the request reached the provider (its contract may charge a failed call). */
    public boolean sent() {
        return sent;
    }

    /** A transient failure worth another attempt, when the provider's queries are idempotent. */
    public static class Retryable extends ProviderFailure {
        private static final long serialVersionUID = 1L;

        public Retryable(String code, String detail, boolean sent) {
            super(code, detail, sent);
        }
    }

    /**
     * The provider answered and refused (consent not accepted, signature refused, throttled): it is
     * up, so its circuit breaker does not count this.
     */
    public static class Refusal extends ProviderFailure {
        private static final long serialVersionUID = 1L;

        public Refusal(String code, String detail) {
            super(code, detail, true);
        }
    }
}
