/**
 * The platform's API, its EJB client jar: what every context module uses and none owns. Services
 * ({@code @Local}): {@link com.microcredit.platform.api.Outbox} (the transactional outbox), {@link
 * com.microcredit.platform.api.InboundRejections} (refusal of an inbound message, stored and
 * forwarded to the exception destination), {@link com.microcredit.platform.api.InboundMetrics} and
 * {@link com.microcredit.platform.api.InboundMessageMonitor}. Libraries that run in the caller's
 * thread and transaction and hold no state: {@link com.microcredit.platform.api.JsonFields} (the
 * field rules of inbound messages) with {@link com.microcredit.platform.api.WellFormedText} (no
 * lone surrogates), {@link com.microcredit.platform.api.QueueBatch} (reading and refusing messages,
 * receiving a batch), {@link com.microcredit.platform.api.SameKey} (a same-key message against the
 * applied record: redelivery or conflict, ADR 0025), {@link
 * com.microcredit.platform.api.BatchedQueueConsumer} (the batched consumers' loop), {@link
 * com.microcredit.platform.api.AfterCommit}. The one base type of every context API's refusal:
 * {@link com.microcredit.platform.api.CodedRefusal}. See docs/adr/0020-one-context-per-module.md.
 */
package com.microcredit.platform.api;
