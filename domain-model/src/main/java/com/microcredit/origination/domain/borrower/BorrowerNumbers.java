package com.microcredit.origination.domain.borrower;

import com.microcredit.shared.domain.LookupHasher;
import java.util.Locale;

/**
 * One form per number: the normalised mobile number and the keyed lookup hashes stored beside the
 * encrypted identity, settlement account and mobile numbers, so equality search works without
 * decrypting (the blacklist, registered associates and the ledger use the same hashes).
 */
public final class BorrowerNumbers {

    private BorrowerNumbers() {}

    /** True for a normalised mainland mobile number ({@code 1[3-9]} and nine more digits). */
    public static boolean isMobile(String normalised) {
        return normalised != null && normalised.matches("1[3-9]\\d{9}");
    }

    /**
     * A mobile number without spaces, dashes or the +86/0086 prefix; null for null or blank input.
     */
    public static String normaliseMobile(String mobileNumber) {
        if (mobileNumber == null || mobileNumber.isBlank()) {
            return null;
        }
        String digits = mobileNumber.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return digits;
    }

    /** The lookup hash of a mobile number (normalised first), as stored in {@code mobile_hash}. */
    public static String mobileLookup(LookupHasher hasher, String mobileNumber) {
        return hasher.hash(normaliseMobile(mobileNumber));
    }

    /** The lookup hash of an identity number, as stored in {@code identity_hash}. */
    public static String identityLookup(LookupHasher hasher, String identityNumber) {
        return hasher.hash(identityNumber.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The lookup hash of a settlement account number, as stored in {@code settlement_account_hash}.
     */
    public static String accountLookup(LookupHasher hasher, String accountNumber) {
        return hasher.hash(accountNumber.trim());
    }
}
