package com.microcredit.origination.api;

import java.math.BigDecimal;

/** A loan on the book (portfolio exposure) as the borrower view shows it. */
public record LoanView(
        String reference,
        String productCode,
        String informationPath,
        BigDecimal principal,
        BigDecimal outstanding,
        String currency,
        String status,
        int daysPastDue,
        String category) {}
