package com.microcredit.supplychain.application;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Receivable financing of chain members' invoices, one transaction per call: the hub confirms an
 * invoice, an officer finances it within the member's standing ({@link MemberStandings}) and the
 * chain limit, core banking reports the hub's payment ({@link HubPayments}).
 */
@Stateless
@RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
public class InvoiceFinancingServiceBean implements InvoiceFinancingService {

    static final String PRODUCT = "SUPPLY_CHAIN_RECEIVABLES";
    static final String PATH = "SUPPLY_CHAIN";

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private TradePages pages;

    @EJB private LimitService limits;

    @Inject private SupplyChainSettings settings;

    @Resource private SessionContext context;

    @EJB private AuditTrail audit;

    @Inject private MemberStandings standings;

    @Inject private HubPayments hubPayments;

    @Override
    @RolesAllowed("CREDIT_OFFICER")
    public TradeView confirmInvoice(long invoiceId) {
        TradeRecord invoice = lockedInvoice(invoiceId);
        try {
            invoice.confirmByHub();
        } catch (IllegalStateException e) {
            throw new SupplyChainRefusedException(null, "INVOICE_NOT_CONFIRMABLE").because(e);
        }
        audit.record(
                AuditEvent.coded(
                                "RECEIVABLE_FINANCING",
                                "INVOICE",
                                invoice.getId(),
                                "AUDIT_INVOICE_CONFIRMED",
                                invoice.getDocumentNumber(),
                                invoice.getHubId())
                        .about(invoice.getBorrowerId()));
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
                                    null, "INVOICE_ALREADY_FINANCED", f.getDocumentNumber());
                        });
        HubEnterprise hub = em.find(HubEnterprise.class, invoice.getHubId());
        if (!hub.getStatus().supportsNewLending()) {
            throw new SupplyChainRefusedException(
                    null, "HUB_NOT_LENDING", hub.getName(), hub.getStatus());
        }
        MemberEligibility standing = standings.of(hub, invoice.getBorrowerId());
        if (!standing.eligible()) {
            throw new SupplyChainRefusedException(null, "SUPPLIER_NOT_ELIGIBLE", hub.getName());
        }
        ReceivableFinancing financing;
        try {
            financing =
                    ReceivableFinancing.advance(
                            invoice, settings.advanceRate(), caller(), clock.instant());
        } catch (FinancingRefusedException e) {
            throw new SupplyChainRefusedException(null, e.code(), e.arguments().toArray());
        }
        BigDecimal inUse = standings.outstanding(hub.getId(), invoice.getBorrowerId());
        if (inUse.add(financing.getAdvanceAmount()).compareTo(standing.memberLimit()) > 0) {
            throw new SupplyChainRefusedException(
                    null,
                    "MEMBER_LIMIT_EXCEEDED",
                    financing.getAdvanceAmount().toPlainString(),
                    inUse.toPlainString(),
                    standing.memberLimit().toPlainString());
        }
        try {
            em.persist(financing);
            em.flush();
        } catch (PersistenceException e) {
            if (mentions(e, "uq_financing_invoice")) {
                throw new SupplyChainRefusedException(
                        null, "INVOICE_ALREADY_FINANCED", invoice.getDocumentNumber());
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
                                required(c.industryCode(), "industryCode"),
                                required(c.regionCode(), "regionCode"),
                                PRODUCT,
                                PATH,
                                required(c.branchCode(), "branchCode"),
                                null,
                                false)));
        audit.record(
                AuditEvent.coded(
                                "RECEIVABLE_FINANCING",
                                "FINANCING",
                                financing.getId(),
                                "AUDIT_FINANCED",
                                financing.getDocumentNumber(),
                                hub.getId(),
                                invoice.getBorrowerId(),
                                financing.getAdvanceAmount(),
                                financing.getCurrency(),
                                financing.getInvoiceAmount(),
                                financing.getAdvanceRate())
                        .about(invoice.getBorrowerId()));
        return SupplyChainViews.financing(financing);
    }

    @Override
    @RolesAllowed("CORE_BANKING")
    public FinancingView applyHubPayment(HubPaymentReport r) {
        return hubPayments.apply(r);
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
                .map(t -> SupplyChainViews.invoice(t, financed))
                .toList();
    }

    @Override
    public PageResult<InvoiceView> invoicesPage(PageRequest request) {
        return pages.invoices(request);
    }

    @Override
    public PageResult<TradeView> tradesPage(PageRequest request) {
        return pages.trades(request);
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
            throw new SupplyChainRefusedException(null, "NOT_FOUND", "INVOICE", invoiceId);
        }
        return invoice;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new SupplyChainRefusedException(name, "REQUIRED");
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
