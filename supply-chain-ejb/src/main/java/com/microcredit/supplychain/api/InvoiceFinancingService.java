package com.microcredit.supplychain.api;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Receivables financing (domain guide §2.3): the hub confirms an invoice, the bank advances the
 * advance rate of it (reserved against the supplier's member limit and the hub's chain limit), the
 * hub's payment arriving from core banking repays the advance and closes the financing. An invoice
 * is never financed twice, even by concurrent requests (a row lock on the invoice and a unique
 * constraint on the financing).
 */
@Local
public interface InvoiceFinancingService {

    /** The hub confirms one of its chain's invoices (it owes the amount). */
    TradeView confirmInvoice(long invoiceId);

    /**
     * Advances on a hub-confirmed invoice of an eligible member of a NORMAL hub, or refuses with
     * the reason.
     */
    FinancingView finance(FinanceInvoice command);

    /**
     * Applies the hub's payment of a financed invoice once per payment reference; a repeat returns
     * the financing unchanged.
     */
    FinancingView applyHubPayment(HubPaymentReport report);

    /** The hub's invoices, newest first, with their financing. */
    List<InvoiceView> invoicesOf(long hubId);

    /**
     * One page of a hub's invoices (issue 26): filter hub (required), borrower, confirmed; sort
     * keys tradeDate (the default, newest first) and documentNumber; not counted (has more).
     */
    PageResult<InvoiceView> invoicesPage(PageRequest request);

    /**
     * One page of a hub's trade rows (orders, invoices, payments): filter hub (required), kind,
     * borrower, confirmed; sort keys tradeDate (the default, newest first) and documentNumber; not
     * counted (has more).
     */
    PageResult<TradeView> tradesPage(PageRequest request);
}
