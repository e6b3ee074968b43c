package com.microcredit.origination.application;

import com.microcredit.origination.domain.loan.LoanApplication;

/**
 * Port: announces a decided application (the event ApplicationDecided) in the caller's transaction,
 * so it leaves only if the decision commits. Implemented in {@code infrastructure.jms} on the
 * platform's outbox.
 */
public interface DecisionPublisher {

    /** After an automated decision or a referral review: the application's new status. */
    void decided(LoanApplication app);
}
