package com.microcredit.shared.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal-data string (identity, phone or account number) encrypted with AES-256-GCM
 * under the active key; reads values under any configured key. The keys are the container's: the
 * persistence provider creates this converter through CDI, which injects the platform's {@link
 * FieldCipher} (Jakarta Persistence 3.1 §3.9; ADR 0020). Apply with {@code @Convert(converter =
 * EncryptedTextConverter.class)} and give the column room for the protected form (VARCHAR(255)).
 * Equality search needs a lookup-hash column beside it.
 */
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

    @Inject private FieldCipher cipher;

    /** For the persistence provider, which injects the cipher. */
    public EncryptedTextConverter() {}

    /** For code outside a container (tests, tools) that brings its own cipher. */
    public EncryptedTextConverter(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return cipher().decrypt(sealed);
    }

    private FieldCipher cipher() {
        if (cipher == null) {
            throw new IllegalStateException(
                    "EncryptedTextConverter has no FieldCipher: the persistence provider created it"
                            + " without CDI injection (docs/adr/0020-one-context-per-module.md)");
        }
        return cipher;
    }
}
