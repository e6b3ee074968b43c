/**
 * The shipped data-source adapters: {@code table} reads the alternative_data rows, {@code file}
 * reads one CSV file per source from a directory; both work offline.
 */
package com.microcredit.origination.infrastructure.gateway;
