package com.microcredit.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an application is withdrawn or its offer declined (POST /api/applications/{id}/withdrawal).
 */
@Schema(description = "The reason is kept with the application")
public record WithdrawalRequest(@Schema(required = true) String reason) {}
