/**
 * Bulk writes of the supply-chain module: validated trade rows inserted by plain JDBC batches in
 * the caller's transaction.
 */
package com.microcredit.supplychain.infrastructure.jpa;
