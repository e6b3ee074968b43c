package com.microcredit.shared.persistence;

import com.microcredit.shared.crypto.FieldProtection;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal-data string (identity, phone or account number) encrypted with AES-256-GCM
 * under the active key of {@link FieldProtection}; reads values under any configured key. Apply
 * with {@code @Convert(converter = EncryptedTextConverter.class)} and give the column room for the
 * protected form (VARCHAR(255)). Equality search needs a lookup-hash column beside it.
 */
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return FieldProtection.ring().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return FieldProtection.ring().decrypt(sealed);
    }
}
