package com.microcredit.portfolio.domain.warning;

/**
 * The role that owns a warning signal: first the account manager; each escalation of an overdue
 * signal hands it to the supervisor role (credit officer, then risk manager, who is the last).
 */
public enum OwnerRole {
    ACCOUNT_MANAGER,
    CREDIT_OFFICER,
    RISK_MANAGER;

    /** The supervisor role; the risk manager is its own supervisor (the top of the ladder). */
    public OwnerRole supervisor() {
        return this == RISK_MANAGER ? RISK_MANAGER : values()[ordinal() + 1];
    }
}
