package com.microcredit.shared.domain;

/** Masks identity, phone and account numbers for display: keeps a few characters at each end. */
public final class IdentityMask {

    private IdentityMask() {}

    /**
     * A free text (e.g. what a user typed into a search) with every number in it that may be an
     * identity, phone or account number – runs of ten or more digits, and 18-character codes with
     * at least eight digits – kept to its last four characters; the rest of the text is unchanged.
     */
    public static String maskNumbersIn(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return NUMBERS.matcher(text).replaceAll(m -> mask(m.group(), 0, 4));
    }

    private static final java.util.regex.Pattern NUMBERS =
            java.util.regex.Pattern.compile(
                    "(?<![0-9A-Za-z])(?<![0-9]\\.)(?:(?=(?:[A-Z]*[0-9]){8})[0-9A-Z]{18}|[0-9]{10,})(?![0-9A-Za-z]|\\.[0-9])");

    public static String mask(String value, int keepStart, int keepEnd) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart)
                + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
