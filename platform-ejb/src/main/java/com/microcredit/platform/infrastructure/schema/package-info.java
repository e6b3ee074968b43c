/**
 * Schema migration for every context: the versioned Flyway migrations of domain-model run when the
 * application starts, before any other module uses the database, together with the Java migrations
 * that rewrite tables of several contexts (V10_2 identity numbers, V12_2 ledger account numbers,
 * V15_1 refused messages).
 */
package com.microcredit.platform.infrastructure.schema;
