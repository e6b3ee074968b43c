/**
 * Early-warning signals after the loan (domain guide §6): one open signal per borrower, loan and
 * indicator, whatever raised it (settlement reconciliation, hub contagion, the nightly run). The
 * signal's ownership and its closing are embeddables of the same row ({@code SignalOwnership},
 * {@code SignalClosing}).
 */
package com.microcredit.portfolio.domain.warning;
