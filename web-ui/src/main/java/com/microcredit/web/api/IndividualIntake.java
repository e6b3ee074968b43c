package com.microcredit.web.api;

import com.microcredit.origination.api.RegisterIndividual;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Intake of an individual or household (POST /api/borrowers/individuals). */
@Schema(description = "An individual or household, identified by a resident identity number")
public record IndividualIntake(
        @Schema(required = true) String name,
        @Schema(
                        required = true,
                        description = "18-digit resident identity number, check digit validated")
                String residentIdNumber,
        @Schema(required = true) String regionCode,
        @Schema(required = true) Long accountManagerId,
        String address,
        @Schema(required = true, minimum = "1") Integer householdSize,
        BigDecimal latitude,
        BigDecimal longitude,
        @Schema(description = "settlement account at the bank, if any") String settlementAccount,
        @Schema(
                        example = "13800138000",
                        description =
                                "the borrower's mainland mobile number (11 digits, 1[3-9]…), "
                                        + "if any; stored encrypted, answered masked")
                String mobile) {

    RegisterIndividual toCommand() {
        return new RegisterIndividual(
                name,
                residentIdNumber,
                regionCode,
                Ids.required(accountManagerId, "accountManagerId"),
                address,
                householdSize == null ? 0 : householdSize,
                latitude,
                longitude,
                settlementAccount,
                mobile);
    }
}
