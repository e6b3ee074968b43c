package com.microcredit.origination.domain.training;

/** A data set or a choice that cannot train a scorecard; the message says what to change. */
public class TrainingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }
}
