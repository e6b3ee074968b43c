package com.microcredit.shared.domain;

/**
 * The keyed lookup hash of a personal number (ADR 0011): equal values give equal hashes, so an
 * encrypted number can still be found, joined and kept unique by equality, but nobody without the
 * key can test guesses against it. Entities that keep a hash beside an encrypted number receive the
 * function from the application service (the platform's key ring supplies it); they never look a
 * key up themselves.
 */
@FunctionalInterface
public interface LookupHasher {

    /** The hash (64 hex characters) of the value exactly as given; null stays null. */
    String hash(String value);
}
