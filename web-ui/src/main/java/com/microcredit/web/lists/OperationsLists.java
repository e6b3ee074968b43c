package com.microcredit.web.lists;

import com.microcredit.platform.api.InboundMessageMonitor;
import com.microcredit.platform.api.PageResult;
import com.microcredit.platform.api.RejectedMessageView;
import com.microcredit.portfolio.api.LimitChangeService;
import com.microcredit.portfolio.api.LimitChangeView;
import com.microcredit.protection.api.AuditEntryView;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.web.shell.Labels;
import com.microcredit.web.shell.Masking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The lists of control functions ({@link ListCatalog} names them): the audit trail, refused inbound
 * messages, the limit change history.
 */
@ApplicationScoped
public class OperationsLists implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient AuditTrail trail;
    @EJB private transient InboundMessageMonitor monitor;
    @EJB private transient LimitChangeService limitChanges;
    @Inject private Labels labels;

    /** What a page does with the rows it read (the audit page keeps the borrowers' names). */
    @FunctionalInterface
    public interface PageListener<T> extends java.util.function.Consumer<List<T>>, Serializable {}

    /** The audit trail (auditors only, at the service). */
    public ListDefinition<AuditEntryView> audit(PageListener<AuditEntryView> onPage) {
        return new ListDefinition<>(
                "audit",
                r -> {
                    PageResult<AuditEntryView> page = trail.searchPage(r);
                    onPage.accept(page.rows());
                    return page;
                },
                AuditEntryView::id,
                List.of(
                        ListColumn.of("audit.time", AuditEntryView::occurredAt),
                        ListColumn.of("audit.actor", AuditEntryView::actor),
                        ListColumn.coded("audit.action", "audit.action.", AuditEntryView::action),
                        ListColumn.of("audit.subjectType", AuditEntryView::subjectType),
                        ListColumn.of("audit.subjectId", AuditEntryView::subjectId),
                        ListColumn.of("audit.detail", e -> labels.coded(e.detail())),
                        ListColumn.of("audit.clientAddress", AuditEntryView::clientAddress)));
    }

    /** Refused inbound messages; numbers in keys and reasons masked as on the page. */
    public ListDefinition<RejectedMessageView> inbound() {
        return new ListDefinition<>(
                "inbound",
                r -> monitor.rejectionsPage(r),
                RejectedMessageView::id,
                List.of(
                        ListColumn.of("inbound.at", RejectedMessageView::rejectedAt),
                        ListColumn.of("inbound.destination", RejectedMessageView::destination),
                        ListColumn.of("inbound.key", m -> Masking.maskNumbersIn(m.businessKey())),
                        ListColumn.of(
                                "inbound.reason",
                                m -> Masking.maskNumbersIn(labels.coded(m.reason())))));
    }

    /** The decided limit changes, before and after. */
    public ListDefinition<LimitChangeView> limitHistory() {
        return new ListDefinition<>(
                "limitHistory",
                r -> limitChanges.historyPage(r),
                LimitChangeView::id,
                List.of(
                        ListColumn.of("lists.number", LimitChangeView::id),
                        ListColumn.coded("limits.type", "limit.type.", c -> c.type()),
                        ListColumn.of("limits.key", LimitChangeView::key),
                        ListColumn.of("limits.before", LimitChangeView::beforeAmount),
                        ListColumn.of("limits.after", LimitChangeView::proposedAmount),
                        ListColumn.of("lists.currency", LimitChangeView::currency),
                        ListColumn.coded(
                                "limits.status", "change.status.", LimitChangeView::status),
                        ListColumn.of("limits.proposedBy", LimitChangeView::proposedBy),
                        ListColumn.of("limits.decidedBy", LimitChangeView::decidedBy),
                        ListColumn.of("limits.decidedAt", LimitChangeView::decidedAt),
                        ListColumn.of("limits.reason", LimitChangeView::reason)));
    }
}
