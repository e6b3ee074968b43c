/**
 * Exposure limits by dimension (borrower, connected group, hub chain, industry, region, product,
 * blind-lending ceiling) and their utilisation.
 */
package com.microcredit.portfolio.domain.limit;
