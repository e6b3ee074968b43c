package com.microcredit.web.api;

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
            @Schema(required = true) String industryCode,
            @Schema(required = true) String regionCode,
            @Schema(required = true) String branchCode) {}

    @Schema(
            description =
                    "Core banking reports the hub's payment of a financed invoice; paymentReference"
                            + " is the business key")
    public record HubPaymentRequest(
            @Schema(required = true) Long hubId,
            @Schema(required = true) String invoiceNumber,
            @Schema(required = true) String paymentReference,
            @Schema(required = true) BigDecimal amount,
            @Schema(required = true) String currency,
            @Schema(required = true) LocalDate valueDate) {}

    @Schema(description = "A proposed hub status (NORMAL, WATCH, DISTRESSED) with its reason")
    public record StatusRequest(
            @Schema(required = true) String status, @Schema(required = true) String reason) {}

    @Schema(description = "The checker's note on a decision")
    public record DecisionNote(String note) {}
}
