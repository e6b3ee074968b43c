package com.microcredit.origination.api;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Loan applications from intake to disbursement instruction. Every method is one transaction. The
 * caller's login is recorded as the preparer of what it submits; a referral can only be decided by
 * a credit officer who did not prepare it (maker-checker, enforced in the domain).
 */
@Local
public interface ApplicationService {

    /**
     * Records an application; refuses input that breaks the product's terms ({@link
     * InvalidInputException}).
     */
    ApplicationView submit(SubmitApplication command);

    /**
     * Evaluates all five information paths, decides APPROVE / DECLINE / REFER and prices the loan.
     * No AVAILABLE path never approves.
     */
    ApplicationView decide(long applicationId);

    /**
     * The automated channel (core banking's online channel, REST): submit and decide in one
     * transaction and, when {@code acceptOffer} is set and the decision is APPROVE, accept at once
     * (limit reservation, schedule, disbursement instruction). A refused reservation rolls the
     * whole step back, decision included.
     */
    ApplicationView decideAutomatically(SubmitApplication command, boolean acceptOffer);

    /** A credit officer approves or declines a referred application; never the preparer. */
    ApplicationView review(ReviewReferral command);

    /**
     * The borrower accepts the offer: reserves the amount against every applicable limit in this
     * transaction, fixes the repayment schedule and sends the disbursement instruction; a refused
     * reservation rolls everything back and the offer stays open.
     */
    ApplicationView acceptOffer(long applicationId);

    /** The borrower declines the offer, or staff withdraw the application; the reason is kept. */
    ApplicationView withdraw(long applicationId, String reason);

    Optional<ApplicationView> find(long applicationId);

    /** Referred applications waiting for a credit officer, oldest first. */
    List<ApplicationSummary> referralQueue();

    List<ApplicationSummary> ofBorrower(long borrowerId);

    List<ApplicationSummary> recent(int maxResults);

    /**
     * One page of all applications (issue 26): sort keys submittedAt (the default, newest first)
     * and id; filters status, borrower, product, preparedBy; not counted (has more).
     */
    PageResult<ApplicationSummary> applicationsPage(PageRequest request);

    /**
     * One page of the referral queue: sort keys submittedAt (the default, oldest first) and id;
     * filters product, preparedBy; counted.
     */
    PageResult<ApplicationSummary> referralsPage(PageRequest request);
}
