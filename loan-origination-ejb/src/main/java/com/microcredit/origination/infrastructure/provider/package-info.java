/**
 * The {@code http} data-source adapter: external data providers over the wire (issue 27, ADR 0021,
 * docs/providers.md). One JSON contract per source over mutual TLS with a client certificate per
 * provider; every request signed (HMAC-SHA256 over method, path, timestamp, nonce, body digest and
 * client id) so a replay is refused by the provider; every answer checked against its request
 * (request id, nonce, source and subject echoed, answer signature). Each provider is one line of
 * MicroProfile Fault Tolerance ({@link
 * com.microcredit.origination.infrastructure.provider.ProviderLines}: bulkhead, circuit breaker,
 * retry only for idempotent providers, timeout); before a call the gateway checks the provider's
 * throttle pause, request rate and spend budget, and refuses without calling when one is exhausted.
 * Each provider's observed state (circuit, last error, latency percentiles) is in the readiness
 * check and the application metrics.
 */
package com.microcredit.origination.infrastructure.provider;
