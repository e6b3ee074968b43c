/**
 * Repayment schedules in exact minor units: equal instalments (annuity), equal principal, and
 * interest-only with bullet principal. The principal parts always sum to the loan amount; the last
 * instalment absorbs the rounding.
 */
package com.microcredit.origination.domain.schedule;
