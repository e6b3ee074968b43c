package com.microcredit.supplychain.api;

/** A person proposes a new health status (NORMAL, WATCH, DISTRESSED) for a hub, with the reason. */
public record ProposeHubStatus(long hubId, String status, String reason) {}
