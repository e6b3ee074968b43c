package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.JsonFields;
import com.microcredit.portfolio.domain.settlement.EndOfDayReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates an inbound end-of-day balance message (schema version 1, docs/messages.md).
 */
public class EndOfDayBalanceParser {

    public static final int SCHEMA_VERSION = 1;
    public static final String MESSAGE_TYPE = "EndOfDayBalance";
    private static final int MAX_IDS = 100_000;

    private final Set<String> acceptedCurrencies;
    private final BigDecimal maxAmount;

    public EndOfDayBalanceParser(Set<String> acceptedCurrencies, BigDecimal maxAmount) {
        this.acceptedCurrencies = Set.copyOf(acceptedCurrencies);
        this.maxAmount = maxAmount;
    }

    public EndOfDayReport parse(String body) throws InvalidMessageException {
        JsonFields f = JsonFields.read(body, MESSAGE_TYPE, SCHEMA_VERSION, null);
        String account = f.account("accountNumber", true);
        LocalDate date = f.date("businessDate");
        String key = businessKey(account, date);
        try {
            String currency = f.currency("currency", acceptedCurrencies);
            BigDecimal opening = f.amount("openingBalance", maxAmount, true, true);
            BigDecimal closing = f.amount("closingBalance", maxAmount, true, true);
            int count = f.requiredInt("transactionCount");
            if (count < 0 || count > MAX_IDS) {
                throw f.invalid(
                        InboundReason.INBOUND_FIELD_BETWEEN, "transactionCount", 0, MAX_IDS);
            }
            List<String> ids = f.optionalTexts("transactionIds", 64);
            Set<String> idSet = null;
            if (ids != null) {
                idSet = new LinkedHashSet<>(ids);
                if (idSet.size() != ids.size()) {
                    throw f.invalid(InboundReason.INBOUND_IDS_REPEATED, "transactionIds");
                }
                if (idSet.size() != count) {
                    throw f.invalid(InboundReason.INBOUND_IDS_COUNT, idSet.size(), count);
                }
            }
            return new EndOfDayReport(account, date, currency, opening, closing, count, idSet);
        } catch (InvalidMessageException e) {
            throw e.withKey(key);
        }
    }

    /** The business key of an end-of-day report: account and business date. */
    public static String businessKey(String account, LocalDate date) {
        return account + "/" + date;
    }
}
