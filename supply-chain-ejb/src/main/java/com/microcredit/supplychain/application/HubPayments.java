package com.microcredit.supplychain.application;

import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.ReleaseExposure;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.supplychain.api.FinancingView;
import com.microcredit.supplychain.api.HubPaymentReport;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.domain.financing.FinancingRefusedException;
import com.microcredit.supplychain.domain.financing.HubPayment;
import com.microcredit.supplychain.domain.financing.HubPaymentApplication;
import com.microcredit.supplychain.domain.financing.ReceivableFinancing;
import com.microcredit.supplychain.domain.trade.TradeKind;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The hub's payment of a financed invoice, as core banking reports it: applied once per payment
 * reference (a repeat answers the same financing), repays the advance, releases the repaid amount
 * from the chain limit and is recorded as verified trade. Runs in the calling service's
 * transaction.
 */
@Dependent
class HubPayments {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LimitService limits;

    @EJB private AuditTrail audit;

    FinancingView apply(HubPaymentReport r) {
        if (r.paymentReference() == null || r.paymentReference().isBlank()) {
            throw new SupplyChainRefusedException("paymentReference", "REQUIRED");
        }
        Optional<HubPayment> seen =
                em.createQuery(
                                "select p from HubPayment p where p.hubId = :h and"
                                        + " p.paymentReference = :r",
                                HubPayment.class)
                        .setParameter("h", r.hubId())
                        .setParameter("r", r.paymentReference().strip())
                        .getResultStream()
                        .findFirst();
        if (seen.isPresent()) {
            return SupplyChainViews.financing(
                    em.find(ReceivableFinancing.class, seen.get().getFinancingId()));
        }
        TradeRecord invoice =
                em.createQuery(
                                "select t from TradeRecord t where t.hubId = :h and t.kind = :k"
                                        + " and t.documentNumber = :d",
                                TradeRecord.class)
                        .setParameter("h", r.hubId())
                        .setParameter("k", TradeKind.INVOICE)
                        .setParameter(
                                "d", r.invoiceNumber() == null ? "" : r.invoiceNumber().strip())
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new SupplyChainRefusedException(
                                                null,
                                                "HUB_HAS_NO_INVOICE",
                                                r.hubId(),
                                                r.invoiceNumber()));
        ReceivableFinancing financing =
                em.createQuery(
                                "select f from ReceivableFinancing f where f.invoiceId = :i",
                                ReceivableFinancing.class)
                        .setParameter("i", invoice.getId())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new SupplyChainRefusedException(
                                                null,
                                                "INVOICE_NOT_FINANCED",
                                                invoice.getDocumentNumber()));
        if (r.valueDate() == null) {
            throw new SupplyChainRefusedException("valueDate", "REQUIRED");
        }
        try {
            HubPaymentApplication applied =
                    financing.applyHubPayment(r.amount(), r.currency(), clock.instant());
            em.persist(
                    new HubPayment(
                            r.hubId(),
                            r.paymentReference(),
                            financing.getId(),
                            r.amount(),
                            applied,
                            r.valueDate(),
                            clock.instant()));
            recordPaymentAsTrade(invoice, r);
            em.flush();
            if (applied.repaid().signum() > 0) {
                limits.release(
                        new ReleaseExposure(
                                financing.getExposureReference(),
                                applied.repaid(),
                                financing.getCurrency()));
            }
            audit.record(
                    AuditEvent.coded(
                                    "HUB_PAYMENT",
                                    "FINANCING",
                                    financing.getId(),
                                    "AUDIT_HUB_PAYMENT",
                                    r.paymentReference().strip(),
                                    r.hubId(),
                                    invoice.getDocumentNumber(),
                                    r.amount(),
                                    r.currency(),
                                    applied.repaid(),
                                    financing.getOutstanding())
                            .about(invoice.getBorrowerId()));
        } catch (FinancingRefusedException e) {
            throw new SupplyChainRefusedException(null, e.code(), e.arguments().toArray());
        }
        return SupplyChainViews.financing(financing);
    }

    /**
     * The hub's payment is verified trade too; recorded once (an imported payment with the same
     * number stays).
     */
    private void recordPaymentAsTrade(TradeRecord invoice, HubPaymentReport r) {
        boolean known =
                !em.createQuery(
                                "select t.id from TradeRecord t where t.hubId = :h and t.kind = :k"
                                        + " and t.documentNumber = :d",
                                Long.class)
                        .setParameter("h", r.hubId())
                        .setParameter("k", TradeKind.PAYMENT)
                        .setParameter("d", r.paymentReference().strip())
                        .getResultList()
                        .isEmpty();
        if (!known) {
            em.persist(
                    new TradeRecord(
                            invoice.getHubId(),
                            invoice.getBorrowerId(),
                            TradeKind.PAYMENT,
                            r.paymentReference(),
                            r.valueDate(),
                            r.amount(),
                            r.currency(),
                            true));
        }
    }
}
