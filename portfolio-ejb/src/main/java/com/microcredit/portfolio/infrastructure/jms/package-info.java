/**
 * The portfolio's JMS adapters: the core-banking intake (the settlement and end-of-day batched
 * consumers and the repayment listener, on the platform's {@code QueueBatch} and {@code
 * BatchedQueueConsumer}; refusals through the platform's {@code InboundRejections}), the parsing of
 * their JSON payloads with the platform's {@code JsonFields} into the application's message
 * records, and the outbound events ({@code OutboundEvents} implements the port {@code
 * CoreBankingEvents}).
 */
package com.microcredit.portfolio.infrastructure.jms;
