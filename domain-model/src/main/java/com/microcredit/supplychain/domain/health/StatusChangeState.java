package com.microcredit.supplychain.domain.health;

/** PROPOSED waits for a second person; APPLIED changed the hub; REJECTED did not. */
public enum StatusChangeState {
    PROPOSED,
    APPLIED,
    REJECTED
}
