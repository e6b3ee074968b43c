package com.microcredit.web.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application decided at once (POST /api/applications/automated): submitted, decided and, with
 * acceptOffer, accepted in one transaction; the caller's Idempotency-Key makes a repeat harmless.
 */
@Schema(
        description =
                "An application to decide at once; acceptOffer also reserves, schedules and"
                        + " instructs disbursement")
public record AutomatedDecisionRequest(
        @Schema(required = true) Long borrowerId,
        @Schema(required = true, example = "TAX_LOAN") String productCode,
        @Schema(required = true, example = "100000.00") BigDecimal amount,
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
        @Schema(required = true) String purpose,
        @Schema(defaultValue = "false") Boolean acceptOffer) {

    ApplicationRequest application() {
        return new ApplicationRequest(
                borrowerId, productCode, amount, currency, termMonths, repaymentMethod, purpose);
    }

    boolean accept() {
        return Boolean.TRUE.equals(acceptOffer);
    }
}
