package com.microcredit.portfolio.api;

/**
 * An indicator fired for a borrower, or for one of the borrower's loans ({@code loanReference} null
 * for a borrower-level signal). {@code indicator} is the rule's name in capitals ({@code
 * SETTLEMENT_COVERAGE_30D}, {@code HUB_DISTRESS}, ...); {@code evidence} says what was seen, with
 * figures; {@code source} names the process that raised it.
 */
public record RaiseWarning(
        long borrowerId,
        String loanReference,
        String indicator,
        WarningLevel level,
        String evidence,
        String source) {}
