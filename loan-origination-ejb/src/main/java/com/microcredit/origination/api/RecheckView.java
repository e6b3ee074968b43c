package com.microcredit.origination.api;

import java.time.Instant;

/**
 * One condition as the acceptance re-check evaluated it again: when and by whom, whether it held,
 * and what it found (stored coded texts, ADR 0027; the API renders them in the reader's language).
 */
public record RecheckView(
        Instant checkedAt, String checkedBy, String condition, boolean holds, String findings) {}
