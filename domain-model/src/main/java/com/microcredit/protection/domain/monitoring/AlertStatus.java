package com.microcredit.protection.domain.monitoring;

/** An alert is open until a risk manager acknowledges it. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED
}
