package com.microcredit.supplychain.api;

import java.util.List;

/**
 * The outcome of a trade file: IMPORTED (every row recorded) or REFUSED (no row recorded – the file
 * is all or nothing – with every rejected row and its reasons).
 */
public record ImportReport(
        long importId,
        long hubId,
        String fileName,
        String outcome,
        int rowsTotal,
        int rowsImported,
        List<RejectedRowView> rejected) {

    public boolean imported() {
        return "IMPORTED".equals(outcome);
    }
}
