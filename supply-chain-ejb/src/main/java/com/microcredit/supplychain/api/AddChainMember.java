package com.microcredit.supplychain.api;

import java.time.LocalDate;

/** Records that a borrower trades with a hub as SUPPLIER or DISTRIBUTOR since a date. */
public record AddChainMember(long hubId, long borrowerId, String role, LocalDate tradingSince) {}
