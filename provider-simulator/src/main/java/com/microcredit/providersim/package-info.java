/**
 * The data-provider simulator: one standalone HTTPS server (the JDK's HttpsServer) that plays every
 * external provider of the data gateway by the contract in docs/providers.md – mutual TLS (client
 * certificates of the development CA, one per provider), request signatures, a replay window, and
 * signed answers that echo their request – and that can be told, per source, to be slow, fail,
 * throttle, answer malformed or mismatched, or to present or expect the wrong certificates. Its
 * development certificates are made by {@link com.microcredit.providersim.DevelopmentCertificates}
 * with the JDK's keytool; nothing private is committed.
 */
package com.microcredit.providersim;
