package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;
import java.math.BigDecimal;

/** Money as the API takes it: a decimal with at most two places, kept to the cent (scale 2). */
final class Amounts {

    private Amounts() {}

    /** The amount at scale 2; null stays null (the service names the missing field). */
    static BigDecimal money(BigDecimal amount, String field) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "AMOUNT_SCALE", 2);
        }
        return amount.setScale(2);
    }
}
