package com.microcredit.supplychain.api;

import java.util.List;

/**
 * A rejected row of a trade file: its line (CSV: line in the file; JSON: position from 1) and every
 * reason.
 */
public record RejectedRowView(int line, String documentNumber, List<String> reasons) {}
