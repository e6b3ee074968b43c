package com.microcredit.supplychain.domain.hub;

/** Hub health. Only a NORMAL hub supports new lending to its chain. */
public enum HubStatus {
    NORMAL,
    WATCH,
    DISTRESSED;

    public boolean supportsNewLending() {
        return this == NORMAL;
    }
}
