package com.microcredit.supplychain.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.ReleaseExposure;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.supplychain.api.FinanceInvoice;
import com.microcredit.supplychain.api.FinancingView;
import com.microcredit.supplychain.api.HubPaymentReport;
import com.microcredit.supplychain.api.InvoiceFinancingService;
import com.microcredit.supplychain.api.InvoiceView;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.api.TradeView;
import com.microcredit.supplychain.domain.financing.FinancingRefusedException;
import com.microcredit.supplychain.domain.financing.FinancingStatus;
import com.microcredit.supplychain.domain.financing.HubPayment;
import com.microcredit.supplychain.domain.financing.HubPaymentApplication;
import com.microcredit.supplychain.domain.financing.ReceivableFinancing;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.trade.MemberEligibility;
import com.microcredit.supplychain.domain.trade.TradeKind;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
public class InvoiceFinancingServiceBean implements InvoiceFinancingService {

    static final String PRODUCT = "SUPPLY_CHAIN_RECEIVABLES";
    static final String PATH = "SUPPLY_CHAIN";

    @Inject @BankZone private ZoneId bankZone;

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LimitService limits;

    @Inject private SupplyChainSettings settings;

    @Resource private SessionContext context;

    @EJB private AuditTrail audit;

    @Override
    @RolesAllowed("CREDIT_OFFICER")
    public TradeView confirmInvoice(long invoiceId) {
        TradeRecord invoice = lockedInvoice(invoiceId);
        try {
            invoice.confirmByHub();
        } catch (IllegalStateException e) {
            throw new SupplyChainRefusedException(e.getMessage());
        }
        audit.record(
                AuditEvent.of(
                        "RECEIVABLE_FINANCING",
                        "INVOICE",
                        invoice.getId(),
                        "invoice "
                                + invoice.getDocumentNumber()
                                + " of hub "
                                + invoice.getHubId()
                                + " confirmed by the hub"));
        return SupplyChainViews.trade(invoice);
    }

    @Override
    @RolesAllowed("CREDIT_OFFICER")
    public FinancingView finance(FinanceInvoice c) {
        // The row lock on the invoice queues concurrent requests for it; the second one then sees
        // the first one's financing. The unique constraint is the last line if a lock were
        // bypassed.
        TradeRecord invoice = lockedInvoice(c.invoiceId());
        financingOf(invoice.getId())
                .ifPresent(
                        f -> {
                            throw new SupplyChainRefusedException(
                                    "Invoice "
                                            + f.getDocumentNumber()
                                            + " is already financed (financing "
                                            + f.getId()
                                            + " by "
                                            + f.getFinancedBy()
                                            + "): an invoice is financed once");
                        });
        HubEnterprise hub = em.find(HubEnterprise.class, invoice.getHubId());
        if (!hub.getStatus().supportsNewLending()) {
            throw new SupplyChainRefusedException(
                    "Hub "
                            + hub.getName()
                            + " is "
                            + hub.getStatus()
                            + ": no new lending to its chain");
        }
        MemberEligibility standing = standing(hub, invoice.getBorrowerId());
        if (!standing.eligible()) {
            throw new SupplyChainRefusedException(
                    "The supplier is not eligible for chain finance with "
                            + hub.getName()
                            + ": "
                            + standing.ineligibleReason());
        }
        ReceivableFinancing financing;
        try {
            financing =
                    ReceivableFinancing.advance(
                            invoice, settings.advanceRate(), caller(), clock.instant());
        } catch (FinancingRefusedException e) {
            throw new SupplyChainRefusedException(e.getMessage());
        }
        BigDecimal inUse = outstandingOf(hub.getId(), invoice.getBorrowerId());
        if (inUse.add(financing.getAdvanceAmount()).compareTo(standing.memberLimit()) > 0) {
            throw new SupplyChainRefusedException(
                    "The advance "
                            + financing.getAdvanceAmount().toPlainString()
                            + " and the "
                            + inUse.toPlainString()
                            + " already advanced exceed the member limit "
                            + standing.memberLimit().toPlainString()
                            + " (share of trailing 12-month verified trade)");
        }
        try {
            em.persist(financing);
            em.flush();
        } catch (PersistenceException e) {
            if (mentions(e, "uq_financing_invoice")) {
                throw new SupplyChainRefusedException(
                        "Invoice " + invoice.getDocumentNumber() + " is already financed");
            }
            throw e;
        }
        limits.reserve(
                new ReserveExposure(
                        financing.getExposureReference(),
                        financing.getAdvanceAmount(),
                        financing.getCurrency(),
                        new ExposureAttributes(
                                invoice.getBorrowerId(),
                                null,
                                hub.getId(),
                                required(c.industryCode(), "industry code"),
                                required(c.regionCode(), "region code"),
                                PRODUCT,
                                PATH,
                                required(c.branchCode(), "branch code"),
                                null,
                                false)));
        audit.record(
                AuditEvent.of(
                        "RECEIVABLE_FINANCING",
                        "FINANCING",
                        financing.getId(),
                        "invoice "
                                + financing.getDocumentNumber()
                                + " of hub "
                                + hub.getId()
                                + ", borrower "
                                + invoice.getBorrowerId()
                                + ": advance "
                                + financing.getAdvanceAmount().toPlainString()
                                + " "
                                + financing.getCurrency()
                                + " of "
                                + financing.getInvoiceAmount().toPlainString()
                                + " at "
                                + financing.getAdvanceRate().toPlainString()));
        return SupplyChainViews.financing(financing);
    }

    @Override
    @RolesAllowed("CORE_BANKING")
    public FinancingView applyHubPayment(HubPaymentReport r) {
        if (r.paymentReference() == null || r.paymentReference().isBlank()) {
            throw new SupplyChainRefusedException("A hub payment needs its payment reference");
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
                                                "Hub "
                                                        + r.hubId()
                                                        + " has no invoice "
                                                        + r.invoiceNumber()));
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
                                                "Invoice "
                                                        + invoice.getDocumentNumber()
                                                        + " is not financed"));
        if (r.valueDate() == null) {
            throw new SupplyChainRefusedException("A hub payment needs its value date");
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
                    AuditEvent.of(
                            "HUB_PAYMENT",
                            "FINANCING",
                            financing.getId(),
                            "payment "
                                    + r.paymentReference().strip()
                                    + " of hub "
                                    + r.hubId()
                                    + " for invoice "
                                    + invoice.getDocumentNumber()
                                    + ": "
                                    + r.amount().toPlainString()
                                    + " "
                                    + r.currency()
                                    + ", repaid "
                                    + applied.repaid().toPlainString()
                                    + ", outstanding "
                                    + financing.getOutstanding().toPlainString()));
        } catch (FinancingRefusedException e) {
            throw new SupplyChainRefusedException(e.getMessage());
        }
        return SupplyChainViews.financing(financing);
    }

    @Override
    public List<InvoiceView> invoicesOf(long hubId) {
        Map<Long, ReceivableFinancing> financed =
                em
                        .createQuery(
                                "select f from ReceivableFinancing f where f.hubId = :h",
                                ReceivableFinancing.class)
                        .setParameter("h", hubId)
                        .getResultList()
                        .stream()
                        .collect(
                                Collectors.toMap(
                                        ReceivableFinancing::getInvoiceId, Function.identity()));
        return em
                .createQuery(
                        "select t from TradeRecord t where t.hubId = :h and t.kind = :k"
                                + " order by t.tradeDate desc, t.id desc",
                        TradeRecord.class)
                .setParameter("h", hubId)
                .setParameter("k", TradeKind.INVOICE)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(
                        t ->
                                new InvoiceView(
                                        t.getId(),
                                        t.getHubId(),
                                        t.getBorrowerId(),
                                        t.getDocumentNumber(),
                                        t.getTradeDate(),
                                        t.getAmount(),
                                        t.getCurrency(),
                                        t.isHubConfirmed(),
                                        financed.containsKey(t.getId())
                                                ? SupplyChainViews.financing(
                                                        financed.get(t.getId()))
                                                : null))
                .toList();
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

    private MemberEligibility standing(HubEnterprise hub, long borrowerId) {
        boolean member =
                !em.createQuery(
                                "select m.id from ChainMember m where m.hubId = :h and m.borrowerId"
                                        + " = :b",
                                Long.class)
                        .setParameter("h", hub.getId())
                        .setParameter("b", borrowerId)
                        .getResultList()
                        .isEmpty();
        if (!member) {
            throw new SupplyChainRefusedException(
                    "Borrower " + borrowerId + " is not a member of " + hub.getName() + "'s chain");
        }
        LocalDate today = LocalDate.now(bankZone);
        List<TradeRecord> trades =
                em.createQuery(
                                "select t from TradeRecord t where t.borrowerId = :b and t.hubId ="
                                        + " :h and t.tradeDate > :since",
                                TradeRecord.class)
                        .setParameter("b", borrowerId)
                        .setParameter("h", hub.getId())
                        .setParameter("since", today.minusYears(5))
                        .getResultList();
        return MemberEligibility.assess(
                hub.getStatus(),
                trades,
                today,
                settings.minTradeMonths(),
                settings.memberLimitShare(),
                settings.maxPaymentGapDays());
    }

    private BigDecimal outstandingOf(long hubId, long borrowerId) {
        BigDecimal sum =
                em.createQuery(
                                "select sum(f.outstanding) from ReceivableFinancing f where f.hubId"
                                        + " = :h and f.borrowerId = :b and f.status = :s",
                                BigDecimal.class)
                        .setParameter("h", hubId)
                        .setParameter("b", borrowerId)
                        .setParameter("s", FinancingStatus.ADVANCED)
                        .getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    private Optional<ReceivableFinancing> financingOf(long invoiceId) {
        return em.createQuery(
                        "select f from ReceivableFinancing f where f.invoiceId = :i",
                        ReceivableFinancing.class)
                .setParameter("i", invoiceId)
                .getResultStream()
                .findFirst();
    }

    private TradeRecord lockedInvoice(long invoiceId) {
        TradeRecord invoice = em.find(TradeRecord.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null || invoice.getKind() != TradeKind.INVOICE) {
            throw new SupplyChainRefusedException("No invoice " + invoiceId);
        }
        return invoice;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new SupplyChainRefusedException("The supplier's " + name + " is required");
        }
        return value.strip();
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private String caller() {
        return context.getCallerPrincipal() == null
                ? "system"
                : context.getCallerPrincipal().getName();
    }
}
