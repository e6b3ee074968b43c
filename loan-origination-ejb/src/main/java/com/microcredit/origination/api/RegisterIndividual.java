package com.microcredit.origination.api;

/** Intake of an individual or household, identified by a resident identity number. */
public record RegisterIndividual(String name, String residentIdNumber, String regionCode, long accountManagerId) {
}
