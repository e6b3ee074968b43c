package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.util.List;

/** A hub and its members as a graph: the hub's status and chain limit, and every member node. */
public record ChainGraphView(
        HubView hub,
        BigDecimal chainLimit,
        BigDecimal chainUtilised,
        String chainBlockedReason,
        List<ChainNodeView> members) {}
