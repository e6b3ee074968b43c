package com.microcredit.portfolio.domain.nightly;

/** What started a nightly run: the persistent daily schedule, or a risk manager on demand. */
public enum RunTrigger {
    SCHEDULE,
    MANUAL
}
