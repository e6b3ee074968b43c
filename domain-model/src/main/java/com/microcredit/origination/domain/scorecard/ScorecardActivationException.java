package com.microcredit.origination.domain.scorecard;

/**
 * An activation the rules forbid (same person proposing and approving, a card that cannot score
 * applicants).
 */
public class ScorecardActivationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScorecardActivationException(String message) {
        super(message);
    }
}
