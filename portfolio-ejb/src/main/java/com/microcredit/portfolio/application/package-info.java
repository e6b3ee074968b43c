/**
 * Stateless services of the portfolio module. A public method of a service behind the API is one
 * container transaction, or joins its caller's (another module's service, a listener); the
 * core-banking intakes ({@code SettlementIntake}, {@code EndOfDayIntake}, {@code RepaymentIntake})
 * and {@code SettlementWatch.prohibitedPayment} are MANDATORY: steps of the receiving batch's or
 * listener's transaction, never one of their own.
 *
 * <p>The services reach storage, messaging and time through ports of this package, which
 * infrastructure implements: {@code LimitStore} (the guarded limit rows), {@code LedgerStore} (the
 * settlement ledger), {@code AccountRegister} (known settlement accounts), {@code
 * CoreBankingEvents} (outbound events), and the platform's {@code @BankZone Clock}. The parsed
 * inbound messages ({@code SettlementTransactionMessage}, {@code RepaymentPostingMessage}) are
 * records of this package that the JMS adapters produce. A same-key message with another content is
 * compared in the intake ({@code AppliedTransaction}, {@code RepaymentIntake.compare}) and followed
 * by a break and an alert ({@code InboundConflicts}, ADR 0025). Nothing here imports {@code
 * infrastructure} ({@code LayeringTest}).
 */
package com.microcredit.portfolio.application;
