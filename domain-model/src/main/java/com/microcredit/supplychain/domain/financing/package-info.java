/**
 * Receivables financing: a supplier's hub-confirmed invoice is financed once, at the advance rate;
 * the hub's payment of the invoice repays the advance and closes the financing.
 */
package com.microcredit.supplychain.domain.financing;
