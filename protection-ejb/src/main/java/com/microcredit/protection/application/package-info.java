/**
 * The data-protection services: audit trail, borrower look-up monitoring and sign-in controls.
 * Stateless beans over the entities of domain-model's {@code protection.domain}; times come from
 * the platform's clock ({@code @BankZone Clock}); the module has no infrastructure layer ({@code
 * LayeringTest}).
 */
package com.microcredit.protection.application;
