package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one reading of a request record's components: how a JSON value becomes a component's Java
 * value (strict types: no number from a string, no fraction into a whole number, a real calendar
 * date) and which Jakarta Validation constraints on the component it must meet. The request reader
 * ({@link JsonBodies}) and the OpenAPI document ({@link ApiSchemaFilter}) both use it, so the
 * document describes exactly what the server accepts. Every refusal names the JSON property.
 */
final class RecordFields {

    private RecordFields() {}

    /** The component's value from JSON; null for JSON null. */
    static Object convert(RecordComponent c, JsonValue value) {
        String field = c.getName();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> type = c.getType();
        if (type == String.class) {
            if (!(value instanceof JsonString s)) {
                throw wrongType(field, "TEXT");
            }
            return s.getString();
        }
        if (type == Boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw wrongType(field, "BOOLEAN");
        }
        if (type == Long.class || type == Integer.class) {
            if (!(value instanceof JsonNumber)) {
                throw wrongType(field, "WHOLE_NUMBER");
            }
            BigDecimal d = decimal(field, value);
            if (!isWhole(d)) {
                throw wrongType(field, "WHOLE_NUMBER");
            }
            long max = type == Long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
            long min = type == Long.class ? Long.MIN_VALUE : Integer.MIN_VALUE;
            if (d.compareTo(BigDecimal.valueOf(max)) > 0
                    || d.compareTo(BigDecimal.valueOf(min)) < 0) {
                throw new InvalidInputException(field, "OUT_OF_RANGE", min, max);
            }
            return type == Long.class ? (Object) d.longValueExact() : (Object) d.intValueExact();
        }
        if (type == BigDecimal.class) {
            return decimal(field, value);
        }
        if (type == LocalDate.class) {
            if (!(value instanceof JsonString s)) {
                throw wrongType(field, "DATE");
            }
            try {
                return LocalDate.parse(s.getString());
            } catch (DateTimeParseException e) {
                throw wrongType(field, "DATE");
            }
        }
        throw new IllegalStateException("No JSON reading for " + type + " (" + field + ")");
    }

    /** A decimal as a JSON number or a string holding one (money is documented as either). */
    private static BigDecimal decimal(String field, JsonValue value) {
        String text;
        if (value instanceof JsonNumber n) {
            text = n.toString();
        } else if (value instanceof JsonString s) {
            text = s.getString().strip();
        } else {
            throw wrongType(field, "DECIMAL");
        }
        if (text.length() > 40) {
            throw wrongType(field, "DECIMAL");
        }
        try {
            BigDecimal d = new BigDecimal(text);
            if (Math.abs((long) d.scale()) > 40 || (long) d.precision() - d.scale() > 40) {
                throw new InvalidInputException(field, "OUT_OF_RANGE", "-1e40", "1e40");
            }
            return d;
        } catch (NumberFormatException e) {
            throw wrongType(field, "DECIMAL");
        }
    }

    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static InvalidInputException wrongType(String field, String expected) {
        return new InvalidInputException(field, "WRONG_TYPE", expected);
    }

    /** Refuses the value when it breaks a constraint declared on the component. */
    static void check(RecordComponent c, Object value) {
        String field = c.getName();
        if (value == null) {
            if (annotation(c, NotNull.class) != null) {
                throw new InvalidInputException(field, "REQUIRED");
            }
            return;
        }
        if (value instanceof String s) {
            checkText(c, field, s);
        } else if (value instanceof Number n) {
            checkNumber(c, field, new BigDecimal(n.toString()));
        }
    }

    private static void checkText(RecordComponent c, String field, String s) {
        Size size = annotation(c, Size.class);
        int length = s.codePointCount(0, s.length());
        if (size != null && length > size.max()) {
            throw new InvalidInputException(field, "TOO_LONG", size.max());
        }
        if (size != null && length < size.min()) {
            throw new InvalidInputException(field, "TOO_SHORT", size.min());
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(ch)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(ch)
                    || Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
                throw new InvalidInputException(field, "INVALID_CHARACTER");
            }
        }
        Pattern pattern = annotation(c, Pattern.class);
        if (pattern != null && !s.matches(pattern.regexp())) {
            throw new InvalidInputException(field, "FORMAT");
        }
    }

    private static void checkNumber(RecordComponent c, String field, BigDecimal d) {
        BigDecimal min = minimum(c);
        BigDecimal max = maximum(c);
        if (min != null && d.compareTo(min) < 0 || max != null && d.compareTo(max) > 0) {
            throw new InvalidInputException(
                    field,
                    "OUT_OF_RANGE",
                    min == null ? "-" : min.toPlainString(),
                    max == null ? "-" : max.toPlainString());
        }
        Digits digits = annotation(c, Digits.class);
        if (digits != null) {
            BigDecimal stripped = d.stripTrailingZeros();
            int fraction = Math.max(stripped.scale(), 0);
            int integer = stripped.precision() - stripped.scale();
            if (fraction > digits.fraction()) {
                throw new InvalidInputException(field, "AMOUNT_SCALE", digits.fraction());
            }
            if (integer > digits.integer()) {
                throw new InvalidInputException(field, "TOO_MANY_DIGITS", digits.integer());
            }
        }
    }

    /**
     * A constraint declared on the component. Jakarta Validation annotations do not target record
     * components, so Java hands them to the component's field and accessor; the accessor is read.
     */
    static <A extends java.lang.annotation.Annotation> A annotation(
            RecordComponent c, Class<A> type) {
        return c.getAccessor().getAnnotation(type);
    }

    /** The inclusive minimum declared by {@code @Min} or {@code @DecimalMin}, or null. */
    static BigDecimal minimum(RecordComponent c) {
        Min min = annotation(c, Min.class);
        DecimalMin decimalMin = annotation(c, DecimalMin.class);
        return min != null
                ? BigDecimal.valueOf(min.value())
                : decimalMin != null ? new BigDecimal(decimalMin.value()) : null;
    }

    /** The inclusive maximum declared by {@code @Max} or {@code @DecimalMax}, or null. */
    static BigDecimal maximum(RecordComponent c) {
        Max max = annotation(c, Max.class);
        DecimalMax decimalMax = annotation(c, DecimalMax.class);
        return max != null
                ? BigDecimal.valueOf(max.value())
                : decimalMax != null ? new BigDecimal(decimalMax.value()) : null;
    }
}
