/**
 * Protection of personal data at rest: authenticated encryption (AES-256-GCM) of identity, phone
 * and account numbers under a named key, and keyed lookup hashes (HMAC-SHA-256) so that an
 * encrypted number can still be found by equality. {@link
 * com.microcredit.platform.infrastructure.crypto.FieldKeys} is the application's ring, built from
 * configuration by the container and injected where it is needed (the JPA converter, application
 * services, the Java migrations). See docs/adr/0011-encryption-at-rest.md.
 */
package com.microcredit.platform.infrastructure.crypto;
