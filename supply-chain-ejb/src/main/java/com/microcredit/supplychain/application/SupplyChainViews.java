package com.microcredit.supplychain.application;

import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import com.microcredit.supplychain.api.FinancingView;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.IndicatorReadingView;
import com.microcredit.supplychain.api.InvoiceView;
import com.microcredit.supplychain.api.StatusChangeView;
import com.microcredit.supplychain.api.TradeView;
import com.microcredit.supplychain.domain.financing.ReceivableFinancing;
import com.microcredit.supplychain.domain.health.HubIndicatorReading;
import com.microcredit.supplychain.domain.health.HubStatusChange;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import java.util.Map;

/** Maps supply-chain entities to the records of the module's API. */
final class SupplyChainViews {

    private SupplyChainViews() {}

    static HubView hub(HubEnterprise h) {
        return new HubView(
                h.getId(),
                h.getName(),
                UnifiedSocialCreditCode.parse(h.getCreditCode()).masked(),
                h.getIndustryCode(),
                h.getStatus().name(),
                h.getStatusReason(),
                h.getStatusChangedAt(),
                h.getStatus().supportsNewLending());
    }

    static StatusChangeView change(HubStatusChange c, String hubName) {
        return new StatusChangeView(
                c.getId(),
                c.getHubId(),
                hubName,
                c.getFromStatus().name(),
                c.getToStatus().name(),
                c.getSource().name(),
                c.approval().state().name(),
                c.getReason(),
                c.approval().maker(),
                c.approval().madeAt(),
                c.approval().checker(),
                c.approval().checkedAt(),
                c.approval().note());
    }

    static IndicatorReadingView reading(HubIndicatorReading r) {
        return new IndicatorReadingView(
                r.getId(),
                r.getHubId(),
                r.getAsOf(),
                r.getLatePaymentShare(),
                r.getRevenueTrend(),
                r.getBureauEvents(),
                r.getCourtEvents(),
                r.getImpliedStatus().name(),
                r.getFindings(),
                r.getRecordedBy(),
                r.getRecordedAt());
    }

    static TradeView trade(TradeRecord t) {
        return new TradeView(
                t.getId(),
                t.getHubId(),
                t.getBorrowerId(),
                t.getKind().name(),
                t.getDocumentNumber(),
                t.getTradeDate(),
                t.getAmount(),
                t.getCurrency(),
                t.isHubConfirmed());
    }

    /** An invoice with its financing, when {@code financed} (by invoice id) holds one. */
    static InvoiceView invoice(TradeRecord t, Map<Long, ReceivableFinancing> financed) {
        ReceivableFinancing f = financed.get(t.getId());
        return new InvoiceView(
                t.getId(),
                t.getHubId(),
                t.getBorrowerId(),
                t.getDocumentNumber(),
                t.getTradeDate(),
                t.getAmount(),
                t.getCurrency(),
                t.isHubConfirmed(),
                f == null ? null : financing(f));
    }

    static FinancingView financing(ReceivableFinancing f) {
        return new FinancingView(
                f.getId(),
                f.getInvoiceId(),
                f.getHubId(),
                f.getBorrowerId(),
                f.getDocumentNumber(),
                f.getCurrency(),
                f.getInvoiceAmount(),
                f.getAdvanceRate(),
                f.getAdvanceAmount(),
                f.getOutstanding(),
                f.getSurplusPaid(),
                f.getStatus().name(),
                f.getExposureReference(),
                f.getFinancedBy(),
                f.getFinancedAt(),
                f.getClosedAt());
    }
}
