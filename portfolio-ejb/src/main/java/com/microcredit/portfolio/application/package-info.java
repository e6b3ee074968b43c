/**
 * Stateless services of the portfolio module. A public method of a service behind the API is one
 * container transaction, or joins its caller's (another module's service, a listener); the
 * core-banking intakes ({@code SettlementIntake}, {@code EndOfDayIntake}, {@code RepaymentIntake})
 * and {@code SettlementWatch.prohibitedPayment} are MANDATORY: steps of the receiving batch's or
 * listener's transaction, never one of their own.
 */
package com.microcredit.portfolio.application;
