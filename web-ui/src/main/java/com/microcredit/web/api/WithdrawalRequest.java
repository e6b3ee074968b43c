package com.microcredit.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an application is withdrawn or its offer declined (POST /api/applications/{id}/withdrawal).
 */
@Schema(description = "The reason is kept with the application")
public record WithdrawalRequest(@NotNull @Size(max = 500) String reason) {}
