package com.microcredit.shared.domain;

/** Masks identity, phone and account numbers for display: keeps a few characters at each end. */
public final class IdentityMask {

    private IdentityMask() {
    }

    public static String mask(String value, int keepStart, int keepEnd) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
