package com.microcredit.it;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, valid unified social credit codes (GB 32100-2015 check character) and resident identity
 * numbers (GB 11643-1999, ISO 7064 MOD 11-2 check digit) for tests.
 */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
    };

    private CreditCodes() {}

    /**
     * The valid code of generated enterprise number n (0 ≤ n < 10^15), the same every time and
     * different for every n: 91 (enterprise), n as fifteen digits, then the check character.
     */
    public static String of(long n) {
        if (n < 0 || n >= 1_000_000_000_000_000L) {
            throw new IllegalArgumentException("n has at most fifteen digits: " + n);
        }
        return withCheckCharacter(String.format("91%015d", n));
    }

    private static String withCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return body + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public static String next() {
        StringBuilder code = new StringBuilder("91330106");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A resident identity number of someone born in Hangzhou (330106) on a date in the 1980s. */
    static String nextResidentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body =
                String.format(
                        "330106%04d%02d%02d%03d",
                        1980 + r.nextInt(10),
                        1 + r.nextInt(12),
                        1 + r.nextInt(28),
                        r.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
