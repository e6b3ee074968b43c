/**
 * The loan application aggregate: intake, the recorded decision with its path results, the referral
 * review under maker-checker, the offer with its pricing, acceptance with the fixed repayment
 * schedule, withdrawal.
 */
package com.microcredit.origination.domain.loan;
