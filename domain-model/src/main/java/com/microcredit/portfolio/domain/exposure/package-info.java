/**
 * The loan book as the portfolio sees it: exposures, their reservations, classification and
 * provisions.
 */
package com.microcredit.portfolio.domain.exposure;
