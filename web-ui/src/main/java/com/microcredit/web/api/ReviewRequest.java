package com.microcredit.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit officer's decision on a referral (POST /api/applications/{id}/review). */
@Schema(description = "Approve or decline a referred application; the note is required")
public record ReviewRequest(
        @Schema(required = true) Boolean approve, @Schema(required = true) String note) {}
