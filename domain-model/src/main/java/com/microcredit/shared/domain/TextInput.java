package com.microcredit.shared.domain;

/**
 * The rules every free text a person types must meet before it is stored: present where required,
 * no longer than its column, and plain text – no control characters (U+0000 to U+001F, U+007F to
 * U+009F; a line break only where a field allows several lines) and no lone UTF-16 surrogates,
 * which no database column can hold. Each refusal names the field.
 */
public final class TextInput {

    private TextInput() {}

    /** Trimmed text of at most {@code max} characters; refused when missing or blank. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new FieldRefusal(field, "REQUIRED");
        }
        return optional(value, field, max);
    }

    /** Trimmed text of at most {@code max} characters; null for null or blank input. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        requirePlain(trimmed, field, false);
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new FieldRefusal(field, "TOO_LONG", max);
        }
        return trimmed;
    }

    /** Like {@link #required} for a text of several lines (line breaks and tabs allowed). */
    public static String requiredLines(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new FieldRefusal(field, "REQUIRED");
        }
        String trimmed = value.strip();
        requirePlain(trimmed, field, true);
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new FieldRefusal(field, "TOO_LONG", max);
        }
        return trimmed;
    }

    /** Refuses control characters (line breaks and tabs when allowed) and lone surrogates. */
    public static void requirePlain(String value, String field, boolean lines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new FieldRefusal(field, "INVALID_CHARACTER");
            }
            if (Character.isLowSurrogate(c)) {
                throw new FieldRefusal(field, "INVALID_CHARACTER");
            }
            boolean allowedBreak = lines && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                throw new FieldRefusal(field, "INVALID_CHARACTER");
            }
        }
    }
}
