package com.microcredit.providersim;

/**
 * What the simulator does with a source's queries (or with every source, for the default), set per
 * test or through the admin endpoint: answer after a delay, fail with a status, throttle (429 with
 * Retry-After), answer malformed, or answer without data.
 *
 * @param delayMs added before answering
 * @param failStatus answer this status (e.g. 503) instead of data; 0 for none
 * @param throttleSeconds answer 429 with this Retry-After; 0 for none
 * @param malformed NONE, GARBAGE (not JSON), WRONG_REQUEST_ID, WRONG_SUBJECT, BAD_SIGNATURE,
 *     BAD_FACT
 * @param noData answer with no facts
 */
public record Behaviour(
        long delayMs, int failStatus, int throttleSeconds, String malformed, boolean noData) {

    public static final Behaviour NORMAL = new Behaviour(0, 0, 0, "NONE", false);

    public Behaviour {
        if (delayMs < 0 || throttleSeconds < 0 || (failStatus != 0 && failStatus < 400)) {
            throw new IllegalArgumentException("delayMs, failStatus or throttleSeconds");
        }
        malformed = malformed == null ? "NONE" : malformed;
        if (!java.util.Set.of(
                        "NONE",
                        "GARBAGE",
                        "WRONG_REQUEST_ID",
                        "WRONG_SUBJECT",
                        "BAD_SIGNATURE",
                        "BAD_FACT")
                .contains(malformed)) {
            throw new IllegalArgumentException("malformed " + malformed);
        }
    }

    public static Behaviour slow(long delayMs) {
        return new Behaviour(delayMs, 0, 0, "NONE", false);
    }

    public static Behaviour failing(int status) {
        return new Behaviour(0, status, 0, "NONE", false);
    }

    public static Behaviour throttling(int retryAfterSeconds) {
        return new Behaviour(0, 0, retryAfterSeconds, "NONE", false);
    }

    public static Behaviour malformed(String kind) {
        return new Behaviour(0, 0, 0, kind, false);
    }

    public static Behaviour empty() {
        return new Behaviour(0, 0, 0, "NONE", true);
    }
}
