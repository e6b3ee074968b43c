package com.microcredit.origination.infrastructure.provider;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

/**
 * One provider's contract and connection as configured ({@code mcrc.provider.<key>.…}, see
 * docs/providers.md): where it is, the client certificate and the trusted certificates, the signing
 * key, whether it declares its queries idempotent (only then is a failed call retried), the request
 * rate allowed, the daily and monthly spend budgets (CNY), and what a query without data and a
 * failed call cost.
 */
public record ProviderConfig(
        Provider provider,
        URI url,
        String clientId,
        String keyStore,
        char[] keyStorePassword,
        String trustStore,
        char[] trustStorePassword,
        String signingKeyId,
        byte[] signingKey,
        boolean idempotent,
        double ratePerSecond,
        int burst,
        Optional<BigDecimal> dailyBudget,
        Optional<BigDecimal> monthlyBudget,
        Optional<BigDecimal> noDataCost,
        BigDecimal failedCallCost,
        int connectTimeoutMs,
        int answerSkewSeconds,
        String tlsProtocol) {

    /** What identifies a client built from this configuration (rebuilt when it changes). */
    String fingerprint(long keyStoreModified, long trustStoreModified) {
        return String.join(
                "|",
                url.toString(),
                clientId,
                keyStore,
                Long.toString(keyStoreModified),
                trustStore,
                Long.toString(trustStoreModified),
                Integer.toString(connectTimeoutMs),
                tlsProtocol);
    }

    @Override
    public String toString() {
        // Never the passwords or the key: this record may end up in a log line.
        return "ProviderConfig[" + provider + " " + url + ", client " + clientId + "]";
    }
}
