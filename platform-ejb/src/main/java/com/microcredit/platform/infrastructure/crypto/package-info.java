/**
 * Protection of personal data at rest: authenticated encryption (AES-256-GCM) of identity, phone
 * and account numbers under a named key, and keyed lookup hashes (HMAC-SHA-256) so that an
 * encrypted number can still be found by equality. See docs/adr/0011-encryption-at-rest.md.
 */
package com.microcredit.platform.infrastructure.crypto;
