package com.microcredit.portfolio.domain.settlement;

/** Money into (CREDIT) or out of (DEBIT) the borrower's settlement account. */
public enum Direction {
    CREDIT,
    DEBIT
}
