package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application with everything the decision view shows. status: SUBMITTED, APPROVED (offer open),
 * REFERRED, DECLINED, ACCEPTED (reserved, schedule fixed, disbursement instructed), WITHDRAWN.
 * decision, pricing are null until decided; schedule is empty until accepted (the offer's
 * indicative schedule is in {@code indicativeSchedule}).
 */
public record ApplicationView(
        long id,
        String reference,
        long borrowerId,
        String borrowerName,
        String productCode,
        BigDecimal amount,
        String currency,
        int termMonths,
        String repaymentMethod,
        String purpose,
        String channel,
        String status,
        String preparedBy,
        Instant submittedAt,
        DecisionView decision,
        PricingView pricing,
        LocalDate offerExpiresOn,
        Instant acceptedAt,
        String exposureReference,
        List<InstalmentView> schedule,
        List<InstalmentView> indicativeSchedule,
        String withdrawalReason,
        List<RecheckView> rechecks) {}
