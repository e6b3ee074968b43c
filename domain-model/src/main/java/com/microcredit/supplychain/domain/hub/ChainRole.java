package com.microcredit.supplychain.domain.hub;

/** Upstream suppliers hold receivables on the hub; downstream distributors sell its goods. */
public enum ChainRole {
    SUPPLIER,
    DISTRIBUTOR
}
