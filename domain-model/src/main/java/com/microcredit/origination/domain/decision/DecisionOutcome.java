package com.microcredit.origination.domain.decision;

public enum DecisionOutcome {
    APPROVE,
    DECLINE,
    REFER
}
