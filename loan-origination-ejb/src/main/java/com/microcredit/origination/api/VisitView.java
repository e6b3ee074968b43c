package com.microcredit.origination.api;

import java.time.LocalDate;

public record VisitView(
        long id,
        long borrowerId,
        String borrowerName,
        long accountManagerId,
        String accountManagerName,
        LocalDate visitedOn,
        String assessment,
        String notes) {}
