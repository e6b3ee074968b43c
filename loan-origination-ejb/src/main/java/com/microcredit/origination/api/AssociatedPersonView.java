package com.microcredit.origination.api;

/**
 * A person connected to a borrower on the collection list: relation (LEGAL_REPRESENTATIVE,
 * GUARANTOR, GROUP_MEMBER, SHAREHOLDER, SPOUSE, HOUSEHOLD_MEMBER), name, identity and phone masked
 * (null when unknown), where the row came from (the gateway adapter's name or BANK), and the
 * person's own standing at this bank when they are a borrower here: live loans, overdue ones,
 * defaulted (non-performing) ones.
 */
public record AssociatedPersonView(
        String relation,
        String name,
        String maskedIdentityNumber,
        String maskedPhone,
        String origin,
        boolean customer,
        int liveLoans,
        int overdueLoans,
        int defaultedLoans) {}
