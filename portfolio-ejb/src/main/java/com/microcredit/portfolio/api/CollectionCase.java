package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A loan on the collection list: overdue beyond the collection threshold, or with a collection
 * action.
 */
public record CollectionCase(
        String loanReference,
        long borrowerId,
        BigDecimal outstanding,
        String currency,
        int daysPastDue,
        String category,
        LocalDate oldestUnpaidDueDate,
        boolean collectionAction) {}
