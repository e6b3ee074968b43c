/**
 * The transactional outbox (ADR 0019): messages to core banking are written in the transaction of
 * the change that causes them and sent by the relay (portfolio-ejb, {@code OutboxRelay}) after it
 * commits.
 */
package com.microcredit.shared.outbox;
