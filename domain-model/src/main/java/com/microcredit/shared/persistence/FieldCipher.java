package com.microcredit.shared.persistence;

/**
 * Encryption of personal data at rest (identity, phone and account numbers; ADR 0011) as the
 * container provides it: the platform's key ring, an application-scoped bean built from
 * configuration, injected into {@link EncryptedTextConverter} by CDI. Nothing in domain-model holds
 * keys.
 */
public interface FieldCipher {

    /** The protected form of a value, under the active key; null stays null. */
    String encrypt(String plain);

    /** The plain value of a protected one, under any configured key; null stays null. */
    String decrypt(String sealed);
}
