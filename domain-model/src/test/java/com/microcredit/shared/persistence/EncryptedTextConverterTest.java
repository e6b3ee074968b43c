package com.microcredit.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncryptedTextConverterTest {

    /** A reversible stand-in: what matters here is who does the sealing, not how. */
    private static final FieldCipher REVERSING =
            new FieldCipher() {
                @Override
                public String encrypt(String plain) {
                    return plain == null ? null : "sealed:" + new StringBuilder(plain).reverse();
                }

                @Override
                public String decrypt(String sealed) {
                    return sealed == null
                            ? null
                            : new StringBuilder(sealed.substring(7)).reverse().toString();
                }
            };

    @Test
    void theConverterSealsAndOpensWithTheCipherItWasGiven() {
        EncryptedTextConverter converter = new EncryptedTextConverter(REVERSING);
        assertEquals("sealed:4321", converter.convertToDatabaseColumn("1234"));
        assertEquals("1234", converter.convertToEntityAttribute("sealed:4321"));
    }

    @Test
    void withoutAnInjectedCipherItRefusesToStoreOrReadAnything() {
        EncryptedTextConverter converter = new EncryptedTextConverter();
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> converter.convertToDatabaseColumn("1234"));
        assertTrue(e.getMessage().contains("no FieldCipher"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("x"));
    }
}
