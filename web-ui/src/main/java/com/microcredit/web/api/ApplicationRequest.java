package com.microcredit.web.api;

import com.microcredit.origination.api.SubmitApplication;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A loan application submitted through the API (POST /api/applications). */
@Schema(description = "A loan application")
public record ApplicationRequest(
        @Schema(required = true) Long borrowerId,
        @Schema(required = true, example = "TAX_LOAN") String productCode,
        @Schema(required = true, example = "100000.00", description = "at most two decimals")
                BigDecimal amount,
        @Schema(required = true, example = "CNY") String currency,
        @Schema(required = true, example = "12") Integer termMonths,
        @Schema(
                        required = true,
                        enumeration = {
                            "EQUAL_INSTALMENT",
                            "EQUAL_PRINCIPAL",
                            "INTEREST_ONLY_BULLET"
                        })
                String repaymentMethod,
        @Schema(required = true) String purpose) {

    SubmitApplication toCommand(String channel, String channelReference) {
        return new SubmitApplication(
                Ids.required(borrowerId, "borrowerId"),
                productCode,
                Amounts.money(amount, "amount"),
                currency,
                Ids.required(termMonths, "termMonths"),
                repaymentMethod,
                purpose,
                channel,
                channelReference);
    }
}
