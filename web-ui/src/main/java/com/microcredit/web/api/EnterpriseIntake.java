package com.microcredit.web.api;

import com.microcredit.origination.api.RegisterEnterprise;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Intake of a micro or small enterprise (POST /api/borrowers/enterprises). The constraints are what
 * the request reader checks and what the OpenAPI document states ({@link RecordFields}); the
 * service checks the business rules (check character, division code, size standard) again.
 */
@Schema(description = "A micro or small enterprise, identified by its unified social credit code")
public record EnterpriseIntake(
        @Schema(example = "杭州西湖龙井茶庄") @NotNull @Size(max = 200) String name,
        @Schema(description = "18-character unified social credit code, check character validated")
                @NotNull
                @Size(min = 18, max = 18)
                String creditCode,
        @Schema(example = "F52", description = "GB/T 4754 industry code")
                @NotNull
                @Pattern(regexp = "[A-T][0-9]{0,4}")
                String industryCode,
        @Schema(example = "330106", description = "current GB/T 2260 division code")
                @NotNull
                @Pattern(regexp = "[0-9]{6}")
                String regionCode,
        @NotNull @Min(1) Long accountManagerId,
        @Schema(example = "王建国") @NotNull @Size(max = 500) String owners,
        @Schema(description = "not in the future") @NotNull LocalDate establishedOn,
        @Schema(
                        description =
                                "CNY, at most two decimals; below the medium-enterprise bound of"
                                        + " the industry (SME size standard, 工信部联企业〔2011〕300号)")
                @NotNull
                @DecimalMin("0")
                @Digits(integer = 13, fraction = 2)
                BigDecimal declaredAnnualRevenue,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Schema(description = "settlement account at the bank, if any")
                @Pattern(regexp = "[0-9]{10,34}")
                String settlementAccount,
        @Schema(
                        example = "13800138000",
                        description =
                                "the legal representative's mainland mobile number (11 digits, "
                                        + "1[3-9]…), if any; stored encrypted, answered masked")
                @Size(max = 20)
                String mobile) {

    RegisterEnterprise toCommand() {
        return new RegisterEnterprise(
                name,
                creditCode,
                industryCode,
                regionCode,
                accountManagerId,
                owners,
                establishedOn,
                Amounts.money(declaredAnnualRevenue, "declaredAnnualRevenue"),
                latitude,
                longitude,
                settlementAccount,
                mobile);
    }
}
