package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Core banking reports that the hub paid a financed invoice (identified by the hub and the
 * invoice's document number). paymentReference is the business key: a report seen before is not
 * applied again.
 */
public record HubPaymentReport(
        long hubId,
        String invoiceNumber,
        String paymentReference,
        BigDecimal amount,
        String currency,
        LocalDate valueDate) {}
