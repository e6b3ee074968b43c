/**
 * The platform's services: the outbox and its wake-up, refusals of inbound messages and their
 * monitor, inbound metrics. Stateless beans joining the caller's transaction (MANDATORY or
 * SUPPORTS: they are steps of a context's transaction, never one of their own); the exception
 * destination is reached through the port {@link
 * com.microcredit.platform.application.ExceptionQueue}.
 */
package com.microcredit.platform.application;
