/**
 * Credit-risk models of the portfolio: the loss tail of the blind pool under correlated defaults.
 */
package com.microcredit.portfolio.domain.risk;
