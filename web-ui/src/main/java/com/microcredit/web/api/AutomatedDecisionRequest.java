package com.microcredit.web.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
        @NotNull @Min(1) Long borrowerId,
        @Schema(example = "TAX_LOAN") @NotNull @Size(max = 32) String productCode,
        @Schema(example = "100000.00")
                @NotNull
                @DecimalMin("0.01")
                @Digits(integer = 13, fraction = 2)
                BigDecimal amount,
        @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @Schema(example = "12") @NotNull @Min(1) @Max(360) Integer termMonths,
        @Schema(enumeration = {"EQUAL_INSTALMENT", "EQUAL_PRINCIPAL", "INTEREST_ONLY_BULLET"})
                @NotNull
                @Pattern(regexp = "EQUAL_INSTALMENT|EQUAL_PRINCIPAL|INTEREST_ONLY_BULLET")
                String repaymentMethod,
        @NotNull @Size(max = 500) String purpose,
        @Schema(defaultValue = "false") Boolean acceptOffer) {

    ApplicationRequest application() {
        return new ApplicationRequest(
                borrowerId, productCode, amount, currency, termMonths, repaymentMethod, purpose);
    }

    boolean accept() {
        return Boolean.TRUE.equals(acceptOffer);
    }
}
