package com.microcredit.shared.domain;

import java.util.regex.Pattern;

/**
 * An 18-character unified social credit code of an organisation (GB 32100-2015): registration
 * authority, organisation type, six-digit region code, nine-character organisation code and a check
 * character, over the 31-character alphabet without I, O, S, V and Z.
 */
public final class UnifiedSocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern FORMAT =
            Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final int[] WEIGHTS = {
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
    };

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    public static UnifiedSocialCreditCode parse(String raw) {
        String v = required(raw).trim().toUpperCase();
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidIdentityNumberException(
                    "USCC_FORMAT",
                    "Unified social credit code must be 18 characters: digits and capital letters"
                            + " except I, O, S, V, Z");
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            throw new InvalidIdentityNumberException(
                    "USCC_CHECK_CHARACTER",
                    "Unified social credit code check character does not match");
        }
        return new UnifiedSocialCreditCode(v);
    }

    private static String required(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentityNumberException(
                    "REQUIRED", "The unified social credit code is required");
        }
        return raw;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public String value() {
        return value;
    }

    /** The six-digit administrative region code inside the code. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    public String masked() {
        return IdentityMask.mask(value, 4, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode u && value.equals(u.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
