/**
 * The platform's messaging adapters: the outbox relay and its sender (ADR 0019) and the exception
 * destination that refused inbound messages are forwarded to.
 */
package com.microcredit.platform.infrastructure.jms;
