package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;

/** Required numeric references in request bodies. */
final class Ids {

    private Ids() {}

    static long required(Long id, String field) {
        if (id == null) {
            throw new InvalidInputException(field, "REQUIRED");
        }
        return id;
    }

    static int required(Integer value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "REQUIRED");
        }
        return value;
    }
}
