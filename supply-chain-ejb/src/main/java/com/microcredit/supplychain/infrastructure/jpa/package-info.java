/**
 * Bulk writes of the supply-chain module: validated trade rows inserted by plain JDBC batches in
 * the caller's transaction ({@code TradeRows}, the application's port {@code TradeRowWriter}).
 */
package com.microcredit.supplychain.infrastructure.jpa;
