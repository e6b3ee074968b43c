package com.microcredit.origination.application;

import com.microcredit.origination.api.SubmitApplication;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scope of an idempotency key: a SHA-256 over the caller and every term of an automated
 * decision request (amount at two places, purpose and acceptOffer included). The same key with
 * another fingerprint is another request, refused rather than answered with the earlier result.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(String caller, SubmitApplication c, boolean acceptOffer) {
        String canonical =
                Stream.of(
                                caller,
                                String.valueOf(c.borrowerId()),
                                c.productCode(),
                                c.amount() == null
                                        ? null
                                        : c.amount().stripTrailingZeros().toPlainString(),
                                c.currency(),
                                String.valueOf(c.termMonths()),
                                c.repaymentMethod(),
                                c.purpose() == null ? null : c.purpose().strip(),
                                c.channel(),
                                String.valueOf(acceptOffer))
                        .map(v -> v == null ? "\\0" : v.replace("\\", "\\\\").replace("|", "\\|"))
                        .collect(Collectors.joining("|"));
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
