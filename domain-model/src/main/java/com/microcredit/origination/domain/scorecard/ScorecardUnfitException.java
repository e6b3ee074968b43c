package com.microcredit.origination.domain.scorecard;

/**
 * A scorecard that cannot be put to work: it uses variables the data gateway cannot supply, or it
 * is retired. (Who may approve its activation is the one maker-checker's rule, refused with {@link
 * com.microcredit.shared.domain.approval.ApprovalRefusal}.)
 */
public class ScorecardUnfitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScorecardUnfitException(String message) {
        super(message);
    }
}
