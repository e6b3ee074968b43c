package com.microcredit.web.api;

import com.microcredit.origination.api.RegisterIndividual;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Intake of an individual or household (POST /api/borrowers/individuals). The constraints are what
 * the request reader checks and what the OpenAPI document states ({@link RecordFields}).
 */
@Schema(description = "An individual or household, identified by a resident identity number")
public record IndividualIntake(
        @NotNull @Size(max = 200) String name,
        @Schema(
                        description =
                                "18-character resident identity number: GB/T 2260 region of issue,"
                                        + " a birth date neither in the future nor over 120 years"
                                        + " ago, check character validated")
                @NotNull
                @Size(min = 18, max = 18)
                String residentIdNumber,
        @Schema(example = "330106", description = "current GB/T 2260 division code")
                @NotNull
                @Pattern(regexp = "[0-9]{6}")
                String regionCode,
        @NotNull @Min(1) Long accountManagerId,
        @NotNull @Size(max = 300) String address,
        @NotNull @Min(1) @Max(30) Integer householdSize,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Schema(description = "settlement account at the bank, if any")
                @Pattern(regexp = "[0-9]{10,34}")
                String settlementAccount,
        @Schema(
                        example = "13800138000",
                        description =
                                "the borrower's mainland mobile number (11 digits, 1[3-9]…), "
                                        + "if any; stored encrypted, answered masked")
                @Size(max = 20)
                String mobile) {

    RegisterIndividual toCommand() {
        return new RegisterIndividual(
                name,
                residentIdNumber,
                regionCode,
                accountManagerId,
                address,
                householdSize,
                latitude,
                longitude,
                settlementAccount,
                mobile);
    }
}
