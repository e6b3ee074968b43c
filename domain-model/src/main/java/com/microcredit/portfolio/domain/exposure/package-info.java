/**
 * The loan book as the portfolio sees it: exposures, their reservations, classification and
 * provisions ({@code Provisions} and a credit officer's {@code QualitativeFloor}, embedded in the
 * exposure's row).
 */
package com.microcredit.portfolio.domain.exposure;
