package com.microcredit.web.lists;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationSummary;
import com.microcredit.origination.api.BorrowerDirectory;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.platform.api.PageResult;
import com.microcredit.portfolio.api.CollectionCase;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.supplychain.api.InvoiceFinancingService;
import com.microcredit.supplychain.api.InvoiceView;
import com.microcredit.supplychain.api.TradeView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Every list that grows with the book, by name: the service read of a page and the columns of its
 * export (header keys of the page's own columns). Pages, the export and the API take their lists
 * from here, so a list is defined once.
 */
@ApplicationScoped
public class ListCatalog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient EarlyWarningService warnings;
    @EJB private transient BorrowerDirectory directory;
    @EJB private transient BorrowerService borrowerService;
    @EJB private transient ApplicationService applicationService;
    @EJB private transient InvoiceFinancingService invoiceService;
    @Inject private OperationsLists operations;

    /** The list of this name, when there is one. */
    public Optional<ListDefinition<?>> named(String name) {
        return Optional.ofNullable(
                switch (name == null ? "" : name) {
                    case "warnings" -> warnings();
                    case "collection" -> collection();
                    case "borrowers" -> borrowers();
                    case "applications" -> applications();
                    case "referrals" -> referrals();
                    case "audit" -> operations.audit(rows -> {});
                    case "inbound" -> operations.inbound();
                    case "limitHistory" -> operations.limitHistory();
                    case "invoices" -> invoices();
                    case "trades" -> trades();
                    default -> null;
                });
    }

    /** The names of every list, for the API's answer to an unknown one. */
    public static List<String> names() {
        return List.of(
                "warnings",
                "collection",
                "borrowers",
                "applications",
                "referrals",
                "audit",
                "inbound",
                "limitHistory",
                "invoices",
                "trades");
    }

    public ListDefinition<Borrowed<SignalCaseView>> warnings() {
        return new ListDefinition<>(
                "warnings",
                r -> withNames(warnings.queuePage(r), c -> c.signal().borrowerId()),
                b -> b.row().signal().id(),
                List.of(
                        ListColumn.coded("warnings.level", "level.", b -> b.row().signal().level()),
                        ListColumn.coded(
                                "warnings.indicator",
                                "indicator.",
                                b -> b.row().signal().indicator()),
                        ListColumn.of("warnings.borrower", Borrowed::borrowerName),
                        ListColumn.of("warnings.loan", b -> b.row().signal().loanReference()),
                        ListColumn.coded(
                                "warnings.status",
                                "signal.status.",
                                b -> b.row().signal().status()),
                        ListColumn.coded("warnings.ownerRole", "role.", b -> b.row().ownerRole()),
                        ListColumn.of("warnings.owner", b -> b.row().owner()),
                        ListColumn.of("warnings.dueOn", b -> b.row().dueOn()),
                        ListColumn.of("warnings.escalations", b -> b.row().escalations()),
                        ListColumn.of("warnings.sightings", b -> b.row().signal().sightings()),
                        ListColumn.of("warnings.raisedAt", b -> b.row().signal().raisedAt())));
    }

    public ListDefinition<Borrowed<CollectionCase>> collection() {
        return new ListDefinition<>(
                "collection",
                r -> withNames(warnings.collectionPage(r), CollectionCase::borrowerId),
                b -> b.row().loanReference(),
                List.of(
                        ListColumn.of("warnings.loan", b -> b.row().loanReference()),
                        ListColumn.of("warnings.borrower", Borrowed::borrowerName),
                        ListColumn.of("collection.outstanding", b -> b.row().outstanding()),
                        ListColumn.of("lists.currency", b -> b.row().currency()),
                        ListColumn.of("collection.dpd", b -> b.row().daysPastDue()),
                        ListColumn.coded(
                                "collection.category", "category.", b -> b.row().category()),
                        ListColumn.of(
                                "collection.oldestUnpaid", b -> b.row().oldestUnpaidDueDate()),
                        ListColumn.coded(
                                "collection.action",
                                "lists.flag.",
                                b -> b.row().collectionAction() ? "YES" : "NO")));
    }

    public ListDefinition<BorrowerView> borrowers() {
        return new ListDefinition<>(
                "borrowers",
                r -> borrowerService.searchPage(r),
                BorrowerView::id,
                List.of(
                        ListColumn.of("lists.number", BorrowerView::id),
                        ListColumn.of("borrowers.name", BorrowerView::name),
                        ListColumn.coded("borrowers.kind", "borrower.kind.", BorrowerView::kind),
                        ListColumn.of("borrowers.identity", BorrowerView::maskedIdentityNumber),
                        ListColumn.of("borrowers.mobile", BorrowerView::maskedMobile),
                        ListColumn.of("borrowers.industry", BorrowerView::industryCode),
                        ListColumn.of("borrowers.region", BorrowerView::regionCode)));
    }

    public ListDefinition<ApplicationSummary> applications() {
        return new ListDefinition<>(
                "applications",
                r -> applicationService.applicationsPage(r),
                ApplicationSummary::id,
                ApplicationColumns.COLUMNS);
    }

    public ListDefinition<ApplicationSummary> referrals() {
        return new ListDefinition<>(
                "referrals",
                r -> applicationService.referralsPage(r),
                ApplicationSummary::id,
                ApplicationColumns.COLUMNS);
    }

    /** A hub's invoices with their suppliers' names (filter hub required). */
    public ListDefinition<Borrowed<InvoiceView>> invoices() {
        return new ListDefinition<>(
                "invoices",
                r -> withNames(invoiceService.invoicesPage(r), InvoiceView::borrowerId),
                b -> b.row().id(),
                List.of(
                        ListColumn.of("invoices.number", b -> b.row().documentNumber()),
                        ListColumn.of("invoices.supplier", Borrowed::borrowerName),
                        ListColumn.of("invoices.date", b -> b.row().tradeDate()),
                        ListColumn.of("invoices.amount", b -> b.row().amount()),
                        ListColumn.of("lists.currency", b -> b.row().currency()),
                        ListColumn.coded(
                                "invoices.confirmed",
                                "lists.flag.",
                                b -> b.row().hubConfirmed() ? "YES" : "NO"),
                        ListColumn.coded(
                                "invoices.financing",
                                "invoices.status.",
                                b ->
                                        b.row().financing() == null
                                                ? null
                                                : b.row().financing().status())));
    }

    /** A hub's trade rows (orders, invoices, payments) with the members' names. */
    public ListDefinition<Borrowed<TradeView>> trades() {
        return new ListDefinition<>(
                "trades",
                r -> withNames(invoiceService.tradesPage(r), TradeView::borrowerId),
                b -> b.row().id(),
                List.of(
                        ListColumn.coded("lists.kind", "lists.tradeKind.", b -> b.row().kind()),
                        ListColumn.of("invoices.number", b -> b.row().documentNumber()),
                        ListColumn.of("invoices.supplier", Borrowed::borrowerName),
                        ListColumn.of("invoices.date", b -> b.row().tradeDate()),
                        ListColumn.of("invoices.amount", b -> b.row().amount()),
                        ListColumn.of("lists.currency", b -> b.row().currency()),
                        ListColumn.coded(
                                "invoices.confirmed",
                                "lists.flag.",
                                b -> b.row().hubConfirmed() ? "YES" : "NO")));
    }

    /** The page with its borrowers' names, read in one query. */
    private <T> PageResult<Borrowed<T>> withNames(PageResult<T> page, ToLongFunction<T> borrower) {
        Set<Long> ids = new HashSet<>();
        page.rows().forEach(r -> ids.add(borrower.applyAsLong(r)));
        Map<Long, String> names = ids.isEmpty() ? Map.of() : directory.names(ids);
        Function<T, Borrowed<T>> named =
                r -> {
                    long id = borrower.applyAsLong(r);
                    return new Borrowed<>(r, names.getOrDefault(id, "#" + id));
                };
        return new PageResult<>(
                page.rows().stream().map(named).toList(), page.total(), page.hasMore());
    }

    /** A borrower-name filter as the borrower numbers it matches (at most 200), or null. */
    public String borrowersNamed(String text) {
        if (text == null || text.isBlank() || text.strip().matches("[0-9]+")) {
            return null;
        }
        Map<Long, String> named = directory.named(text.strip(), 200);
        return named.isEmpty()
                ? "0"
                : String.join(",", named.keySet().stream().map(String::valueOf).toList());
    }
}
