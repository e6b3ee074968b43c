package com.microcredit.portfolio.api;

import java.time.LocalDate;
import java.util.Objects;

/** A period of value dates, both ends included. */
public record DateWindow(LocalDate from, LocalDate to) {

    public DateWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "a window ends on or after its start: " + from + " .. " + to);
        }
    }
}
