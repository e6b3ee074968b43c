/**
 * Scheduled and batch work of the portfolio: the nightly portfolio run as a Jakarta Batch job
 * ({@code META-INF/batch-jobs/nightly-portfolio.xml}: id-range partition mapper, checkpointed
 * reader, the set-based chunk writer, escalation and snapshot batchlets, the listener that keeps
 * the {@code nightly_run} row in step with the job) and the persistent-timer reconciliation of the
 * settlement ledger.
 */
package com.microcredit.portfolio.infrastructure.batch;
