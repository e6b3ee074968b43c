package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.JsonFields;
import com.microcredit.portfolio.application.RepaymentPostingMessage;
import java.math.BigDecimal;
import java.util.Set;

/** Reads and validates an inbound repayment posting (schema version 1, docs/messages.md). */
public class RepaymentPostingParser {

    public static final int SCHEMA_VERSION = 1;
    public static final String MESSAGE_TYPE = "RepaymentPosting";
    private static final int MAX_DAYS_PAST_DUE = 36_500;

    private final Set<String> acceptedCurrencies;
    private final BigDecimal maxAmount;

    public RepaymentPostingParser(Set<String> acceptedCurrencies, BigDecimal maxAmount) {
        this.acceptedCurrencies = Set.copyOf(acceptedCurrencies);
        this.maxAmount = maxAmount;
    }

    public RepaymentPostingMessage parse(String body) throws InvalidMessageException {
        JsonFields f = JsonFields.read(body, MESSAGE_TYPE, SCHEMA_VERSION, "postingId");
        String postingId = f.requiredText("postingId", 64);
        String loan = f.requiredText("loanReference", 64);
        String account = f.account("accountNumber", false);
        BigDecimal principal = f.amount("principal", maxAmount, false, true);
        BigDecimal interest = f.amount("interest", maxAmount, false, true);
        if (principal.add(interest).signum() == 0) {
            throw f.invalid(InboundReason.INBOUND_REPAYMENT_ZERO);
        }
        String currency = f.currency("currency", acceptedCurrencies);
        var valueDate = f.date("valueDate");
        Integer dpd = f.optionalInt("daysPastDue");
        if (dpd != null && (dpd < 0 || dpd > MAX_DAYS_PAST_DUE)) {
            throw f.invalid(
                    InboundReason.INBOUND_FIELD_BETWEEN, "daysPastDue", 0, MAX_DAYS_PAST_DUE);
        }
        return new RepaymentPostingMessage(
                postingId, loan, account, principal, interest, currency, valueDate, dpd);
    }
}
