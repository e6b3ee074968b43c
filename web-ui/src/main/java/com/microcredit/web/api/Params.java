package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;

/**
 * Path and query parameters read by the resources themselves (as text), so that a malformed one is
 * a 400 naming the parameter instead of the framework's 404 with its own message.
 */
final class Params {

    private Params() {}

    /** An id (0 to 2^63-1, none is 0) in decimal digits. */
    static long id(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "REQUIRED");
        }
        if (!value.matches("[0-9]{1,40}")) {
            throw new InvalidInputException(name, "WRONG_TYPE", "WHOLE_NUMBER");
        }
        try {
            long id = Long.parseLong(value);
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "OUT_OF_RANGE", 0, Long.MAX_VALUE);
        }
    }

    /** An optional whole number between min and max; the default when absent. */
    static int bounded(String value, String name, int min, int max, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        if (!value.strip().matches("-?[0-9]{1,10}")) {
            throw new InvalidInputException(name, "WRONG_TYPE", "WHOLE_NUMBER");
        }
        long n = Long.parseLong(value.strip());
        if (n < min || n > max) {
            throw new InvalidInputException(name, "OUT_OF_RANGE", min, max);
        }
        return (int) n;
    }

    /** An optional text of at most max characters, printable; null when absent or blank. */
    static String text(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidInputException(name, "TOO_LONG", max);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)
                    || Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c)
                                    && i + 1 < value.length()
                                    && Character.isLowSurrogate(value.charAt(++i)))) {
                throw new InvalidInputException(name, "INVALID_CHARACTER");
            }
        }
        return value.strip();
    }
}
