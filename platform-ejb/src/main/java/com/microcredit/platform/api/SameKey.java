package com.microcredit.platform.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The comparison of an inbound message with the one already applied under its business key (ADR
 * 0025): the stored fields of the applied record against the same fields of the new message, field
 * by field. Equal content is a redelivery (no second effect); any difference is a conflict, refused
 * with the code {@link InboundReason#CONFLICTING_CONTENT} and the names of the fields that differ
 * as its argument. Amounts compare by value ({@code 12.5} equals {@code 12.50}); an absent optional
 * text equals an empty one. A library of the platform's client jar, like {@link QueueBatch}.
 */
public final class SameKey {

    private final List<String> differing = new ArrayList<>();

    private SameKey() {}

    /** Starts a comparison. */
    public static SameKey compare() {
        return new SameKey();
    }

    /** Adds one field: the applied record's value and the new message's. */
    public SameKey field(String name, Object applied, Object received) {
        if (!same(applied, received)) {
            differing.add(Objects.requireNonNull(name, "field"));
        }
        return this;
    }

    /** The fields that differ, in the order compared; empty for a redelivery. */
    public List<String> differing() {
        return List.copyOf(differing);
    }

    public boolean isRedelivery() {
        return differing.isEmpty();
    }

    /**
     * The reason of the refusal: the code and the fields that differ as its argument ({@code
     * CONFLICTING_CONTENT [amount, direction]}), rendered by the bundles (never a sentence).
     */
    public RefusalReason reason() {
        if (differing.isEmpty()) {
            throw new IllegalStateException("the same content is a redelivery, not a conflict");
        }
        return RefusalReason.of(InboundReason.CONFLICTING_CONTENT, String.join(", ", differing));
    }

    static boolean same(Object applied, Object received) {
        Object a = blankToNull(applied);
        Object r = blankToNull(received);
        if (a instanceof BigDecimal x && r instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, r);
    }

    private static Object blankToNull(Object value) {
        return value instanceof String s && s.isEmpty() ? null : value;
    }
}
