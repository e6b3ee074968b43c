package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundMetrics;
import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.SameKey;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.ReleaseExposure;
import com.microcredit.portfolio.domain.settlement.LedgerAccount;
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
 * Applies a repayment posting once (the posting id is the business key; the same id with another
 * content is refused as a conflict, with a break and an alert, ADR 0025): records it, releases the
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

    @Inject private InboundConflicts conflicts;

    /**
     * @return true if applied now, false if the posting id was applied before (a redelivery).
     */
    public boolean apply(RepaymentPostingMessage m) throws InvalidMessageException {
        RepaymentPosting seen =
                em.createQuery(
                                "select p from RepaymentPosting p where p.postingId = :k",
                                RepaymentPosting.class)
                        .setParameter("k", m.postingId())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (seen != null) {
            SameKey comparison = compare(seen, m, accountHash(m.accountNumber()));
            if (comparison.isRedelivery()) {
                inboundMetrics.accepted("RepaymentPosting", 1); // valid, no second effect
                inboundMetrics.redelivered("RepaymentPosting", 1);
                return false;
            }
            String account =
                    seen.getAccountNumber() != null ? seen.getAccountNumber() : m.accountNumber();
            conflicts.opened(
                    "RepaymentPosting",
                    m.postingId(),
                    comparison,
                    account,
                    seen.getValueDate(),
                    seen.getCurrency(),
                    seen.getPrincipal().add(seen.getInterest()),
                    m.principal().add(m.interest()));
            // Refused, not rolled back: the break and the alert stay with the refusal (ADR 0025).
            throw new InvalidMessageException(comparison.reason(), m.postingId());
        }
        ExposureView loan =
                book.find(m.loanReference())
                        .orElseThrow(
                                () ->
                                        new InvalidMessageException(
                                                m.postingId(),
                                                InboundReason.INBOUND_UNKNOWN_LOAN,
                                                m.loanReference()));
        if (!loan.currency().equals(m.currency())) {
            throw new InvalidMessageException(
                    m.postingId(),
                    InboundReason.INBOUND_CURRENCY_DIFFERS,
                    m.currency(),
                    loan.currency());
        }
        if (m.principal().compareTo(loan.outstanding()) > 0) {
            throw new InvalidMessageException(
                    m.postingId(),
                    InboundReason.INBOUND_PRINCIPAL_OVER_OUTSTANDING,
                    m.principal(),
                    loan.outstanding(),
                    m.loanReference());
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

    private String accountHash(String account) {
        return account == null ? null : LedgerAccount.hash(hasher, account);
    }

    /** The applied posting's stored fields against the message's (ADR 0025). */
    static SameKey compare(RepaymentPosting p, RepaymentPostingMessage m, String messageHash) {
        return SameKey.compare()
                .field("loanReference", p.getLoanReference(), m.loanReference())
                .field("accountNumber", p.getAccountHash(), messageHash)
                .field("principal", p.getPrincipal(), m.principal())
                .field("interest", p.getInterest(), m.interest())
                .field("currency", p.getCurrency(), m.currency())
                .field("valueDate", p.getValueDate(), m.valueDate())
                .field("daysPastDue", p.getDaysPastDue(), m.daysPastDue());
    }
}
