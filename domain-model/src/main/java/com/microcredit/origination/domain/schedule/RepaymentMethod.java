package com.microcredit.origination.domain.schedule;

public enum RepaymentMethod {
    /** Annuity: the same total every month (the last absorbs rounding). */
    EQUAL_INSTALMENT,
    /** The same principal every month plus interest on the balance. */
    EQUAL_PRINCIPAL,
    /** Interest every month, the whole principal with the last instalment. */
    INTEREST_ONLY_BULLET
}
