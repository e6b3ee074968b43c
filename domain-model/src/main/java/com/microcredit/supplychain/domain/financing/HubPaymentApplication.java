package com.microcredit.supplychain.domain.financing;

import java.math.BigDecimal;

/**
 * How one hub payment was applied to a financing: the part that repaid the advance and the surplus
 * passed on to the supplier (the invoice amount above the advance). closed: the advance is repaid.
 */
public record HubPaymentApplication(BigDecimal repaid, BigDecimal surplus, boolean closed) {}
