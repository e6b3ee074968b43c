package com.microcredit.origination.api;

/** A credit officer's decision on a referral; the note is required. */
public record ReviewReferral(long applicationId, boolean approve, String note) {}
