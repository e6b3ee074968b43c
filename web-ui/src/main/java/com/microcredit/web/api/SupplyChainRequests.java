package com.microcredit.web.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the supply-chain operations (POST /api/supply-chain/...). */
public final class SupplyChainRequests {

    private SupplyChainRequests() {}

    @Schema(
            description =
                    "The supplier's industry (GB/T 4754), region and branch, for the portfolio's"
                            + " limits")
    public record FinancingRequest(
            @NotNull @Pattern(regexp = "[A-T][0-9]{0,4}") String industryCode,
            @NotNull @Pattern(regexp = "[0-9]{6}") String regionCode,
            @NotNull @Size(max = 16) String branchCode) {}

    @Schema(
            description =
                    "Core banking reports the hub's payment of a financed invoice; paymentReference"
                            + " is the business key")
    public record HubPaymentRequest(
            @NotNull @Min(1) Long hubId,
            @NotNull @Size(max = 64) String invoiceNumber,
            @NotNull @Size(max = 64) String paymentReference,
            @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull LocalDate valueDate) {}

    @Schema(description = "A proposed hub status (NORMAL, WATCH, DISTRESSED) with its reason")
    public record StatusRequest(
            @Schema(enumeration = {"NORMAL", "WATCH", "DISTRESSED"})
                    @NotNull
                    @Pattern(regexp = "NORMAL|WATCH|DISTRESSED")
                    String status,
            @NotNull @Size(max = 500) String reason) {}

    @Schema(description = "The checker's note on a decision")
    public record DecisionNote(@Size(max = 500) String note) {}
}
