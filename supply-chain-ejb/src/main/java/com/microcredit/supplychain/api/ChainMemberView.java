package com.microcredit.supplychain.api;

import java.time.LocalDate;

public record ChainMemberView(
        long id, long hubId, long borrowerId, String role, LocalDate tradingSince) {}
