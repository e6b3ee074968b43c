package com.microcredit.supplychain.application;

import com.microcredit.platform.api.ListRefusedException;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.supplychain.api.InvoiceView;
import com.microcredit.supplychain.api.TradeView;
import com.microcredit.supplychain.domain.financing.ReceivableFinancing;
import com.microcredit.supplychain.domain.trade.TradeKind;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hub's trade rows and its invoices a page at a time (issue 26): one hub at a time (filter hub,
 * required), sort keys tradeDate (the default, newest first; index {@code ix_trade_hub_kind_date}
 * or {@code ix_trade_hub_date}) and documentNumber (the unique key hub, kind, number); filters kind
 * (trade rows), borrower, confirmed; not counted – a hub's history runs to a million rows.
 */
@Dependent
class TradePages {

    static final ListSpec TRADES =
            ListSpec.named("trades")
                    .sort("tradeDate", "t.tradeDate")
                    .sort("documentNumber", "t.documentNumber")
                    .byDefault("tradeDate", true)
                    .tieBreaker("t.id")
                    .filters("hub", "kind", "borrower", "confirmed")
                    .build();

    static final ListSpec INVOICES =
            ListSpec.named("invoices")
                    .sort("tradeDate", "t.tradeDate")
                    .sort("documentNumber", "t.documentNumber")
                    .byDefault("tradeDate", true)
                    .tieBreaker("t.id")
                    .filters("hub", "borrower", "confirmed")
                    .build();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    PageResult<TradeView> trades(PageRequest request) {
        String order = TRADES.orderBy(request);
        String kind = request.filter("kind");
        TradeKind k = kind == null ? null : kind(kind);
        return PageResult.probed(
                read(request, k, order).stream().map(SupplyChainViews::trade).toList(), request);
    }

    PageResult<InvoiceView> invoices(PageRequest request) {
        String order = INVOICES.orderBy(request);
        List<TradeRecord> rows = read(request, TradeKind.INVOICE, order);
        Map<Long, ReceivableFinancing> financed =
                rows.isEmpty()
                        ? Map.of()
                        : em
                                .createQuery(
                                        "select f from ReceivableFinancing f where f.invoiceId in"
                                                + " :ids",
                                        ReceivableFinancing.class)
                                .setParameter("ids", rows.stream().map(TradeRecord::getId).toList())
                                .getResultList()
                                .stream()
                                .collect(
                                        Collectors.toMap(
                                                ReceivableFinancing::getInvoiceId,
                                                Function.identity()));
        return PageResult.probed(
                rows.stream().map(t -> SupplyChainViews.invoice(t, financed)).toList(), request);
    }

    private List<TradeRecord> read(PageRequest request, TradeKind kind, String order) {
        Long hub = ListSpec.number(request, "hub");
        if (hub == null) {
            throw new ListRefusedException("hub", "LIST_FILTER_REQUIRED", "hub");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("h", hub);
        String where = " where t.hubId = :h";
        if (kind != null) {
            where += " and t.kind = :k";
            params.put("k", kind);
        }
        Long borrower = ListSpec.number(request, "borrower");
        if (borrower != null) {
            where += " and t.borrowerId = :b";
            params.put("b", borrower);
        }
        String confirmed = request.filter("confirmed");
        if (confirmed != null) {
            if (!confirmed.equals("true") && !confirmed.equals("false")) {
                throw new ListRefusedException("confirmed", "LIST_FILTER_INVALID", "confirmed");
            }
            where += " and t.hubConfirmed = :c";
            params.put("c", Boolean.valueOf(confirmed));
        }
        var q = em.createQuery("select t from TradeRecord t" + where + order, TradeRecord.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(request.offset())
                .setMaxResults(request.limit() + 1)
                .getResultList();
    }

    private static TradeKind kind(String value) {
        try {
            return TradeKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ListRefusedException(
                    "kind",
                    "LIST_FILTER_NOT_ONE_OF",
                    "kind",
                    String.join(", ", Arrays.stream(TradeKind.values()).map(Enum::name).toList()));
        }
    }
}
