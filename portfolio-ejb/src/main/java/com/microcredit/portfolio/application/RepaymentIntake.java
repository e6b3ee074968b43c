package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundMetrics;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.ReleaseExposure;
import com.microcredit.portfolio.domain.settlement.RepaymentPosting;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Applies a repayment posting once (the posting id is the business key): records it, releases the
 * principal from every limit the loan holds and, when core banking reports the days past due,
 * reclassifies the loan – all in the listener's transaction. A posting that breaks a business rule
 * (unknown loan, other currency, principal above the outstanding) is refused before anything is
 * written.
 */
@Stateless
@RolesAllowed("SYSTEM") // only the repayment listener, which runs as the system identity (ADR 0014)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RepaymentIntake {

    @Inject private LookupHasher hasher;

    @EJB private InboundMetrics inboundMetrics;

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LoanBookService book;

    @EJB private LimitService limits;

    /**
     * @return true if applied now, false if the posting id was applied before (a redelivery).
     */
    public boolean apply(RepaymentPostingMessage m) throws InvalidMessageException {
        boolean seen =
                !em.createQuery(
                                "select p.id from RepaymentPosting p where p.postingId = :k",
                                Long.class)
                        .setParameter("k", m.postingId())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        if (seen) {
            inboundMetrics.accepted("RepaymentPosting", 1); // a redelivery: valid, no second effect
            return false;
        }
        ExposureView loan =
                book.find(m.loanReference())
                        .orElseThrow(
                                () ->
                                        new InvalidMessageException(
                                                "Unknown loan " + m.loanReference(),
                                                m.postingId()));
        if (!loan.currency().equals(m.currency())) {
            throw new InvalidMessageException(
                    "currency " + m.currency() + " differs from the loan's " + loan.currency(),
                    m.postingId());
        }
        if (m.principal().compareTo(loan.outstanding()) > 0) {
            throw new InvalidMessageException(
                    "principal "
                            + m.principal().toPlainString()
                            + " exceeds the outstanding "
                            + loan.outstanding().toPlainString()
                            + " of "
                            + m.loanReference(),
                    m.postingId());
        }
        em.persist(
                new RepaymentPosting(
                        m.postingId(),
                        m.loanReference(),
                        m.accountNumber(),
                        m.principal(),
                        m.interest(),
                        m.currency(),
                        m.valueDate(),
                        m.daysPastDue(),
                        clock.instant(),
                        hasher));
        // A concurrent duplicate fails here on the unique key; the redelivery finds the committed
        // row.
        em.flush();
        if (m.principal().signum() > 0) {
            limits.release(new ReleaseExposure(m.loanReference(), m.principal(), m.currency()));
        }
        if (m.daysPastDue() != null) {
            book.recordDaysPastDue(m.loanReference(), m.daysPastDue(), m.valueDate());
        }
        // Counted once its checks passed: a posting refused above is counted as rejected only.
        inboundMetrics.accepted("RepaymentPosting", 1);
        return true;
    }
}
