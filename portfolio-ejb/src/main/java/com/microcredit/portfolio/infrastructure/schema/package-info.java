/** Runs the versioned schema migrations (Flyway) when the application starts. */
package com.microcredit.portfolio.infrastructure.schema;
