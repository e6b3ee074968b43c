package com.microcredit.shared.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
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

    /** The oldest plausible age of a living person, in years. */
    static final int MAXIMUM_AGE = 120;

    /**
     * Parses and validates a number given at intake: format, check character, a birth date that
     * lies neither after {@code today} nor more than {@value #MAXIMUM_AGE} years before it, and a
     * region code that is or was a GB/T 2260 code ({@link AdministrativeDivisions}: the region part
     * keeps the code of the place of first issue, even when that code was abolished since).
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        ResidentIdNumber id = parse(raw);
        LocalDate born = id.birthDate();
        if (born.isAfter(today)) {
            throw new InvalidIdentityNumberException(
                    "ID_BIRTH_DATE_IN_FUTURE", "Resident ID number has a birth date in the future");
        }
        if (born.isBefore(today.minusYears(MAXIMUM_AGE))) {
            throw new InvalidIdentityNumberException(
                    "ID_BIRTH_DATE_IMPLAUSIBLE",
                    "Resident ID number has a birth date more than " + MAXIMUM_AGE + " years ago",
                    MAXIMUM_AGE);
        }
        if (!AdministrativeDivisions.isKnown(id.value.substring(0, 6))) {
            throw new InvalidIdentityNumberException(
                    "ID_REGION_UNKNOWN",
                    "Resident ID number does not begin with a GB/T 2260 region code");
        }
        return id;
    }

    /**
     * Parses and validates the structure (format, a real calendar date, check character) only, as
     * for a number already stored; lower-case x is accepted and normalised.
     */
    public static ResidentIdNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentityNumberException(
                    "REQUIRED", "The resident ID number is required");
        }
        String v = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidIdentityNumberException(
                    "ID_FORMAT", "Resident ID number must be 17 digits followed by a digit or X");
        }
        try {
            LocalDate.of(
                    Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdentityNumberException(
                    "ID_BIRTH_DATE_INVALID", "Resident ID number contains an invalid birth date");
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            throw new InvalidIdentityNumberException(
                    "ID_CHECK_DIGIT", "Resident ID number check digit does not match");
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

    /** The birth date in positions 7 to 14. */
    public LocalDate birthDate() {
        return LocalDate.of(
                Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
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
