package com.microcredit.web.supplychain;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.supplychain.api.FinanceInvoice;
import com.microcredit.supplychain.api.FinancingView;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.InvoiceFinancingService;
import com.microcredit.supplychain.api.InvoiceView;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.api.TradeView;
import com.microcredit.web.lists.Borrowed;
import com.microcredit.web.lists.LazyList;
import com.microcredit.web.lists.ListCatalog;
import com.microcredit.web.lists.PageExport;
import com.microcredit.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice financing page of one hub: its chain's invoices with the hub's confirmation and
 * financing; a credit officer records a confirmation and finances a confirmed invoice (the
 * supplier's industry, region and branch go with the reservation).
 */
@Named
@ViewScoped
public class InvoiceList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient InvoiceFinancingService financing;
    @EJB private transient HubService hubs;
    @EJB private transient BorrowerService borrowers;

    private Long hubId;
    private HubView hub;
    private transient LazyList<Borrowed<InvoiceView>> invoices;

    @Inject private ListCatalog catalog;
    @Inject private PageExport export;
    private final Map<Long, String> names = new HashMap<>();

    public void load() {
        if (hubId == null) {
            Messages.pageError(Messages.text("chain.noHub"));
            return;
        }
        hub = hubs.listHubs().stream().filter(h -> h.id() == hubId).findFirst().orElse(null);
        if (hub == null) {
            Messages.pageError(Messages.text("chain.noHub"));
            return;
        }
    }

    public void confirm(long invoiceId) {
        try {
            TradeView confirmed = financing.confirmInvoice(invoiceId);
            Messages.pageInfo(Messages.text("invoices.confirmed.done", confirmed.documentNumber()));
            load();
        } catch (SupplyChainRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void finance(long invoiceId, long borrowerId) {
        Optional<BorrowerView> supplier = borrowers.find(borrowerId);
        if (supplier.isEmpty()) {
            Messages.pageError(Messages.text("chain.noHub"));
            return;
        }
        BorrowerView b = supplier.get();
        String branch =
                borrowers.accountManagers().stream()
                        .filter(m -> m.id() == b.accountManagerId())
                        .map(AccountManagerView::branchCode)
                        .findFirst()
                        .orElse(null);
        try {
            FinancingView f =
                    financing.finance(
                            new FinanceInvoice(
                                    invoiceId, b.industryCode(), b.regionCode(), branch));
            Messages.pageInfo(
                    Messages.text(
                            "invoices.financed",
                            f.invoiceNumber(),
                            f.advanceAmount().toPlainString(),
                            f.advanceRate()
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString()));
            load();
        } catch (SupplyChainRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (LimitRefusedException e) {
            Messages.pageError(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public String name(long borrowerId) {
        List<Borrowed<InvoiceView>> page = getInvoices().getWrappedData();
        for (Borrowed<InvoiceView> b : page == null ? List.<Borrowed<InvoiceView>>of() : page) {
            if (b.row().borrowerId() == borrowerId) {
                return b.borrowerName();
            }
        }
        return names.getOrDefault(borrowerId, "#" + borrowerId);
    }

    public Long getHubId() {
        return hubId;
    }

    public void setHubId(Long hubId) {
        this.hubId = hubId;
    }

    public HubView getHub() {
        return hub;
    }

    /** The hub's invoices, a page at a time on the server, newest first (issue 26). */
    public LazyList<Borrowed<InvoiceView>> getInvoices() {
        if (invoices == null) {
            invoices =
                    new LazyList<>(
                            catalog.invoices(),
                            () -> Map.of("hub", hubId == null ? "0" : String.valueOf(hubId)));
        }
        return invoices;
    }

    public void exportCsv() throws java.io.IOException {
        export.csv(getInvoices());
    }
}
