package com.microcredit.protection.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Abnormal query monitoring: every view of a borrower's data is audited and checked; looking up a
 * borrower outside one's own book, or more distinct borrowers in the window than allowed ({@code
 * mcrc.protect.query.*}), raises an alert to risk managers; so does a conflicting inbound message.
 */
@Local
public interface AccessMonitor {

    /**
     * Records that the caller viewed a borrower's data ({@code what}, a code: VIEW_360,
     * VIEW_RECORD…) and raises the alerts the rules call for.
     *
     * @param borrowerBookId the account manager whose book the borrower is in
     * @param viewerBookId the caller's own book (their account-manager id), or null if they have
     *     none
     */
    void borrowerViewed(long borrowerId, Long borrowerBookId, Long viewerBookId, String what);

    /**
     * SYSTEM (the inbound intakes): core banking sent a message with the business key of one
     * already applied and another content (ADR 0025); raises an {@code INBOUND_CONFLICT} alert to
     * risk managers. The detail is stored as the code {@code INBOUND_CONFLICT} with the message
     * type, the business key (any account or identity number in it masked) and the fields that
     * differ (ADR 0027, 0030).
     */
    void inboundConflict(String messageType, String businessKey, List<String> fields);

    /** RISK_MANAGER, AUDITOR: alerts, open ones first, newest first. */
    List<SecurityAlertView> alerts(boolean openOnly, int maxResults);

    /** RISK_MANAGER: closes an alert with what the review found (never one's own alert). */
    SecurityAlertView acknowledge(long alertId, String note);
}
