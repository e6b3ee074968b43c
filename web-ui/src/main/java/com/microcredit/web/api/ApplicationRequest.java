package com.microcredit.web.api;

import com.microcredit.origination.api.SubmitApplication;
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
 * A loan application submitted through the API (POST /api/applications). The constraints are what
 * the request reader checks and what the OpenAPI document states; the product's own terms are
 * checked by the service.
 */
@Schema(description = "A loan application")
public record ApplicationRequest(
        @NotNull @Min(1) Long borrowerId,
        @Schema(example = "TAX_LOAN") @NotNull @Size(max = 32) String productCode,
        @Schema(
                        example = "100000.00",
                        description = "at most two decimals, within the product's range")
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
        @NotNull @Size(max = 500) String purpose) {

    SubmitApplication toCommand(String channel, String channelReference) {
        return new SubmitApplication(
                borrowerId,
                productCode,
                Amounts.money(amount, "amount"),
                currency,
                termMonths,
                repaymentMethod,
                purpose,
                channel,
                channelReference);
    }
}
