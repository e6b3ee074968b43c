package com.microcredit.portfolio.domain.warning;

/**
 * What is done about a warning signal (domain guide §6): an on-site inspection task for the account
 * manager, a disposal plan, a repayment reminder, freezing the borrower's undrawn limits,
 * collection.
 */
public enum ActionKind {
    INSPECTION,
    DISPOSAL_PLAN,
    REPAYMENT_REMINDER,
    FREEZE_UNDRAWN,
    COLLECTION
}
