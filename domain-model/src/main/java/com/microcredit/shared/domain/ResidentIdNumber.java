package com.microcredit.shared.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An 18-character PRC resident identity number (GB 11643-1999): six-digit region code, birth date
 * (yyyyMMdd), three-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * Construction validates format, birth date and check character.
 */
public final class ResidentIdNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /** Parses and validates; lower-case x is accepted and normalised. */
    public static ResidentIdNumber parse(String raw) {
        String v = Objects.requireNonNull(raw, "resident id number").trim().toUpperCase();
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidIdentityNumberException(
                    "Resident ID number must be 17 digits followed by a digit or X");
        }
        try {
            LocalDate.of(
                    Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdentityNumberException(
                    "Resident ID number contains an invalid birth date");
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            throw new InvalidIdentityNumberException(
                    "Resident ID number check digit does not match");
        }
        return new ResidentIdNumber(v);
    }

    /** The check character for the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    /** Shows the region's first two digits and the last two characters only. */
    public String masked() {
        return IdentityMask.mask(value, 2, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber r && value.equals(r.value);
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
