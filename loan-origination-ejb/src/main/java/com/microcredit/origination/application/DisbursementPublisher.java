package com.microcredit.origination.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Port: instructs core banking to disburse an accepted offer, in the caller's transaction, so the
 * instruction leaves only if the acceptance (and its limit reservation) commits. Implemented in
 * {@code infrastructure.jms} on the platform's outbox.
 */
public interface DisbursementPublisher {

    /** One instalment as it travels in the instruction. */
    record Line(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest) {}

    void send(
            String reference,
            long borrowerId,
            String settlementAccount,
            BigDecimal amount,
            String currency,
            BigDecimal annualRate,
            String productCode,
            List<Line> schedule);
}
