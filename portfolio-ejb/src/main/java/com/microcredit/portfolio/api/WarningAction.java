package com.microcredit.portfolio.api;

/**
 * What is done about a warning signal: on-site inspection task, disposal plan, repayment reminder,
 * freezing the borrower's undrawn limits (blocks the borrower limit at once), collection.
 */
public enum WarningAction {
    INSPECTION,
    DISPOSAL_PLAN,
    REPAYMENT_REMINDER,
    FREEZE_UNDRAWN,
    COLLECTION
}
