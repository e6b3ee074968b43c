package com.microcredit.platform.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why an inbound message is refused, as a code with its arguments – an {@link InboundReason}, or
 * the code of a service's refusal ({@link CodedRefusal}, e.g. a decision request outside the
 * product's terms) with the input field it concerns. The API's view of ADR 0027's {@code CodedText}
 * (context APIs see no domain types): the platform stores it in that form.
 */
public record RefusalReason(String code, List<String> arguments, String field) {

    public RefusalReason {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** An inbound reason; numbers as plain decimals, anything else as its string. */
    public static RefusalReason of(InboundReason code, Object... arguments) {
        List<String> args = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            args.add(
                    a instanceof BigDecimal d
                            ? d.stripTrailingZeros().toPlainString()
                            : a == null ? "-" : String.valueOf(a));
        }
        return new RefusalReason(code.name(), args, null);
    }

    /** A service's refusal of a field of the message (its code is a {@code refusal.} key). */
    public static RefusalReason refused(CodedRefusal refusal) {
        return new RefusalReason(refusal.code(), refusal.arguments(), refusal.field());
    }

    /** {@code CODE(arg, …)}: for logs and exception messages only (never shown to a person). */
    public String readable() {
        return (arguments.isEmpty() ? code : code + "(" + String.join(", ", arguments) + ")")
                + (field == null ? "" : " [" + field + "]");
    }
}
