package com.microcredit.supplychain.domain.trade;

import java.util.List;

/** A row of an import that broke a rule, with every reason (not only the first). */
public record RejectedRow(int line, String documentNumber, List<String> reasons) {

    public RejectedRow {
        reasons = List.copyOf(reasons);
    }
}
