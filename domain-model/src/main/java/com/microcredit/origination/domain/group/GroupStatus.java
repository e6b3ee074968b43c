package com.microcredit.origination.domain.group;

/** ACTIVE groups may borrow; a member's default BLOCKS new lending to the whole group. */
public enum GroupStatus {
    ACTIVE,
    BLOCKED
}
