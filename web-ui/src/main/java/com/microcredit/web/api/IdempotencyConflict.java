package com.microcredit.web.api;

/**
 * An idempotency key sent again with other terms, or by another caller: answered 409, nothing
 * decided.
 */
class IdempotencyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IdempotencyConflict(String message) {
        super(message);
    }
}
