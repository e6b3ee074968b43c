/**
 * Five-category loan classification under the 2023 rules, the conditions for curing a
 * non-performing loan, and the loan-loss provision rates that follow from the category.
 */
package com.microcredit.portfolio.domain.classification;
