/**
 * The loan application aggregate: intake, the recorded decision with its path results, the referral
 * review under the one maker-checker ({@link com.microcredit.shared.domain.approval.MakerChecker}),
 * the offer with its pricing, acceptance with the fixed repayment schedule, withdrawal. The entity
 * {@code LoanApplication} holds the rules; {@code LoanApplicationRecord}, its mapped superclass,
 * the columns and getters.
 */
package com.microcredit.origination.domain.loan;
