package com.microcredit.web.api;

import com.microcredit.origination.api.RegisterEnterprise;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Intake of a micro or small enterprise (POST /api/borrowers/enterprises). */
@Schema(description = "A micro or small enterprise, identified by its unified social credit code")
public record EnterpriseIntake(
        @Schema(required = true, example = "杭州西湖龙井茶庄") String name,
        @Schema(
                        required = true,
                        description =
                                "18-character unified social credit code, check character"
                                        + " validated")
                String creditCode,
        @Schema(required = true, example = "F52", description = "GB/T 4754 industry code")
                String industryCode,
        @Schema(required = true, example = "330106") String regionCode,
        @Schema(required = true) Long accountManagerId,
        String owners,
        LocalDate establishedOn,
        @Schema(description = "CNY, at most two decimals") BigDecimal declaredAnnualRevenue,
        BigDecimal latitude,
        BigDecimal longitude,
        @Schema(description = "settlement account at the bank, if any") String settlementAccount,
        @Schema(
                        example = "13800138000",
                        description =
                                "the legal representative's mainland mobile number (11 digits, "
                                        + "1[3-9]…), if any; stored encrypted, answered masked")
                String mobile) {

    RegisterEnterprise toCommand() {
        return new RegisterEnterprise(
                name,
                creditCode,
                industryCode,
                regionCode,
                Ids.required(accountManagerId, "accountManagerId"),
                owners,
                establishedOn,
                Amounts.money(declaredAnnualRevenue, "declaredAnnualRevenue"),
                latitude,
                longitude,
                settlementAccount,
                mobile);
    }
}
