package com.microcredit.origination.api;

/** A borrower as pages show it: the identity number is always masked. */
public record BorrowerView(long id, String kind, String name, String maskedIdentityNumber, String industryCode,
                           String regionCode, long accountManagerId) {
}
