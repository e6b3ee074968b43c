/**
 * Database access that needs more than the entity manager's defaults, behind the application's
 * ports: the guarded limit updates ({@code LimitRows} implements {@code LimitStore}), the
 * idempotent settlement ledger ({@code SettlementLedger} implements {@code LedgerStore}) and the
 * known settlement accounts ({@code KnownAccounts} implements {@code AccountRegister}).
 */
package com.microcredit.portfolio.infrastructure.jpa;
