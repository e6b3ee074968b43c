/**
 * The platform's services: the outbox and its wake-up, refusals of inbound messages and their
 * monitor, inbound metrics. Stateless beans joining the caller's transaction (MANDATORY or
 * SUPPORTS: they are steps of a context's transaction, never one of their own); the exception
 * destination is reached through the port {@link
 * com.microcredit.platform.application.ExceptionQueue} (infrastructure implements it; nothing here
 * imports infrastructure, {@code LayeringTest}); times come from the bank's clock ({@code @BankZone
 * Clock}, produced by {@code BankTime}).
 */
package com.microcredit.platform.application;
