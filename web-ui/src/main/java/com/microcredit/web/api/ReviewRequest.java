package com.microcredit.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit officer's decision on a referral (POST /api/applications/{id}/review). */
@Schema(description = "Approve or decline a referred application; the note is required")
public record ReviewRequest(@NotNull Boolean approve, @NotNull @Size(max = 1000) String note) {}
