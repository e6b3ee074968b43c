package com.microcredit.origination.api;

import jakarta.ejb.ApplicationException;

/**
 * The acceptance re-check found a condition the approval relied on changed (code {@code
 * RECHECK_FAILED}, arguments the first failed condition and how many failed): nothing was reserved
 * or sent, the case went back for a new decision. Unlike other refusals it does <em>not</em> roll
 * back: the sending back and the re-check's record are kept.
 */
@ApplicationException(rollback = false)
public class RecheckRefusedException extends DecisionRefusedException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "RECHECK_FAILED";

    public RecheckRefusedException(String firstFailed, int failed) {
        super(CODE, firstFailed, failed);
    }
}
