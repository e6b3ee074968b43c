package com.microcredit.platform.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldKeyRingTest {

    private static final String ID = "110105194912310025";

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    private static FieldKeyRing ring(String active, Map<String, byte[]> keys) {
        return new FieldKeyRing(keys, active, key(9));
    }

    private final FieldKeyRing k1 = ring("k1", Map.of("k1", key(1)));

    @Test
    void anEncryptedNumberReadsBackAndHoldsNoPlaintext() {
        String sealed = k1.encrypt(ID);
        assertFalse(sealed.contains(ID));
        assertFalse(sealed.contains(ID.substring(0, 6)));
        assertTrue(sealed.startsWith("g1.k1."));
        assertEquals(ID, k1.decrypt(sealed));
        assertNull(k1.encrypt(null));
        assertNull(k1.decrypt(null));
    }

    @Test
    void theSameNumberEncryptsDifferentlyEveryTime() {
        assertNotEquals(k1.encrypt(ID), k1.encrypt(ID));
    }

    @Test
    void aTamperedValueFailsAuthentication() {
        String sealed = k1.encrypt(ID);
        char last = sealed.charAt(sealed.length() - 5);
        String tampered =
                sealed.substring(0, sealed.length() - 5)
                        + (last == 'A' ? 'B' : 'A')
                        + sealed.substring(sealed.length() - 4);
        assertThrows(ProtectedValueException.class, () -> k1.decrypt(tampered));
    }

    @Test
    void aValueCannotBeMovedUnderAnotherKeyId() {
        FieldKeyRing both = ring("k1", Map.of("k1", key(1), "k2", key(1)));
        String sealed = both.encrypt(ID);
        assertThrows(
                ProtectedValueException.class,
                () -> both.decrypt(sealed.replace("g1.k1.", "g1.k2.")));
    }

    @Test
    void afterRotationNewValuesUseTheNewKeyAndOldValuesStillRead() {
        String old = k1.encrypt(ID);
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", key(1));
        keys.put("k2", key(2));
        FieldKeyRing rotated = ring("k2", keys);
        String fresh = rotated.encrypt(ID);
        assertEquals("k2", FieldKeyRing.keyIdOf(fresh));
        assertEquals(ID, rotated.decrypt(old));
        assertFalse(rotated.isCurrent(old));
        assertTrue(rotated.isCurrent(fresh));
    }

    @Test
    void aValueUnderAKeyThatIsNotConfiguredIsRefused() {
        FieldKeyRing other = ring("k9", Map.of("k9", key(7)));
        assertThrows(ProtectedValueException.class, () -> other.decrypt(k1.encrypt(ID)));
        assertThrows(ProtectedValueException.class, () -> k1.decrypt(ID));
    }

    @Test
    void theLookupHashIsStableForEqualNumbersAndDependsOnTheKey() {
        assertEquals(k1.lookupHash(ID), ring("k2", Map.of("k2", key(2))).lookupHash(ID));
        assertEquals(64, k1.lookupHash(ID).length());
        assertNotEquals(k1.lookupHash(ID), k1.lookupHash("110105194912310033"));
        FieldKeyRing otherLookup = new FieldKeyRing(Map.of("k1", key(1)), "k1", key(8));
        assertNotEquals(k1.lookupHash(ID), otherLookup.lookupHash(ID));
    }

    @Test
    void weakOrMissingKeysAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new FieldKeyRing(Map.of("k1", new byte[16]), "k1", key(9)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FieldKeyRing(Map.of("k1", key(1)), "k2", key(9)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FieldKeyRing(Map.of("k1", key(1)), "k1", new byte[8]));
        assertThrows(
                IllegalArgumentException.class, () -> new FieldKeyRing(Map.of(), "k1", key(9)));
    }

    @Test
    void keysAreReadFromConfigurationWithTheActiveOneNamed() {
        String b1 = Base64.getEncoder().encodeToString(key(1));
        String b2 = Base64.getEncoder().encodeToString(key(2));
        Map<String, String> config =
                Map.of(
                        "mcrc.crypto.keys",
                        "old:" + b1 + ", new:" + b2,
                        "mcrc.crypto.active-key",
                        "new",
                        "mcrc.crypto.lookup-key",
                        Base64.getEncoder().encodeToString(key(9)));
        FieldKeyRing loaded = FieldKeyLoader.load(name -> Optional.ofNullable(config.get(name)));
        assertEquals("new", loaded.activeKeyId());
        assertEquals(ID, loaded.decrypt(ring("old", Map.of("old", key(1))).encrypt(ID)));
        assertThrows(
                IllegalStateException.class,
                () ->
                        FieldKeyLoader.load(
                                name ->
                                        Optional.ofNullable(
                                                Map.of("mcrc.crypto.keys", "old:" + b1)
                                                        .get(name))));
    }
}
