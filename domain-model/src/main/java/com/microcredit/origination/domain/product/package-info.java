/**
 * Loan products as data: accepted paths, amount and term ranges, scenario rules, cost and pricing
 * parameters.
 */
package com.microcredit.origination.domain.product;
