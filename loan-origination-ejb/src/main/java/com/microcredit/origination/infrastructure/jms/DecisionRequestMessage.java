package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.api.SubmitApplication;
import java.math.BigDecimal;

/**
 * A validated decision request (schema version 1, docs/messages.md). channelReference is the
 * business key: core banking's id of the forwarded application, unique on its online channel.
 */
public record DecisionRequestMessage(
        String channelReference,
        long borrowerId,
        String productCode,
        BigDecimal amount,
        String currency,
        int termMonths,
        String repaymentMethod,
        String purpose,
        boolean acceptOffer) {

    /** Applications forwarded by core banking's online channel. */
    public static final String CHANNEL = "ONLINE";

    public SubmitApplication toCommand() {
        return new SubmitApplication(
                borrowerId,
                productCode,
                amount,
                currency,
                termMonths,
                repaymentMethod,
                purpose,
                CHANNEL,
                channelReference);
    }
}
