/**
 * Application services of loan origination. Each public method of a {@code *ServiceBean} (the
 * module's {@code @Local} API) runs in one container-managed transaction (REQUIRED: it joins the
 * caller's, as the decision-request handler's); the helper beans ({@code EvidenceGatherer}, {@code
 * DataGateway} and the CDI helpers a service delegates to) run in the transaction of the service
 * that calls them; only {@code QueryLog} writes in transactions of its own (REQUIRES_NEW, so the
 * query trail and the cached answers survive a rollback).
 *
 * <p>Ports: the interfaces this layer owns and {@code infrastructure} implements – {@link
 * com.microcredit.origination.application.DecisionPublisher} and {@link
 * com.microcredit.origination.application.DisbursementPublisher} (the outbox messages), {@link
 * com.microcredit.origination.application.DataSourceAdapter} and {@link
 * com.microcredit.origination.application.AssociationSourceAdapter} (the data gateway's sources).
 * Nothing here imports {@code infrastructure} (ArchUnit, the ear's architecture tests).
 */
package com.microcredit.origination.application;
