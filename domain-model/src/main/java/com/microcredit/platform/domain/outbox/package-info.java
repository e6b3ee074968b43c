/**
 * The transactional outbox's stored message (ADR 0019, {@code outbound_message}): written in the
 * transaction of the change that causes it by platform-ejb's {@code Outbox} and sent by its relay
 * after that commits.
 */
package com.microcredit.platform.domain.outbox;
