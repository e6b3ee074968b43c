/**
 * JMS adapters of loan origination: outbound disbursement instructions and decision events (through
 * the platform's outbox; the application's ports {@code DisbursementPublisher} and {@code
 * DecisionPublisher}), and the request/reply intake of automated decisions from core banking's
 * online channel (listener, parser, replies) on the platform's reader, field rules and refusal
 * path.
 */
package com.microcredit.origination.infrastructure.jms;
