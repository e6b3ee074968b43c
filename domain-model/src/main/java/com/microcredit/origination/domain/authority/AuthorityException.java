package com.microcredit.origination.domain.authority;

/**
 * A departure from the standard terms that needs authority of its own: a rule grants it only when
 * it lists the exception. Stored by name.
 */
public enum AuthorityException {
    /** The score is below the product's cut-off (approval against the scorecard's refusal). */
    BELOW_CUTOFF,
    /** The rate offered is above the product's standard rate cap. */
    ABOVE_STANDARD_RATE,
    /** The approver decides against the scorecard's recommendation (needs a reason code). */
    SCORECARD_OVERRIDE
}
