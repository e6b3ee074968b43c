package com.microcredit.supplychain.domain.health;

/**
 * Where a hub status change came from: a reading of indicators (applied at once) or a person
 * (maker-checker).
 */
public enum StatusChangeSource {
    INDICATORS,
    MANUAL
}
