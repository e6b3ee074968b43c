package com.microcredit.origination.api;

/** Intake of a micro or small enterprise, identified by its unified social credit code. */
public record RegisterEnterprise(String name, String creditCode, String industryCode, String regionCode,
                                 long accountManagerId) {
}
