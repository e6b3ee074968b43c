/**
 * The audit trail: one append-only row per view of a borrower's data, decision, limit change,
 * export, unmasking, login and logout (who, when, what, from where).
 */
package com.microcredit.protection.domain.audit;
