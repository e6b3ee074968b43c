/**
 * Scheduled and batch work of the portfolio: the nightly portfolio run as a Jakarta Batch job
 * ({@code META-INF/batch-jobs/nightly-portfolio.xml}: id-range partition mapper, checkpointed
 * reader, the set-based chunk writer, escalation and snapshot batchlets, the listener that keeps
 * the {@code nightly_run} row in step with the job) and the persistent-timer reconciliation of the
 * settlement ledger. A chunk ({@code NightlyChunk}) reads and writes through package-private
 * classes split by job – {@code ExposureRows}, {@code InstalmentReads}, {@code MonitoringReads},
 * {@code SettlementFlowReads}, {@code ReminderRows}, {@code PartitionCounters} – one statement per
 * read per chunk; other contexts' tables only through their read models (views, {@code
 * V28_1__cross_context_read_models.sql}).
 */
package com.microcredit.portfolio.infrastructure.batch;
