package com.microcredit.origination.api;

import java.time.LocalDate;

/** A visit: assessment is one of STRONG, SATISFACTORY, WEAK, ADVERSE. */
public record RecordVisit(long borrowerId, LocalDate visitedOn, String assessment, String notes) {}
