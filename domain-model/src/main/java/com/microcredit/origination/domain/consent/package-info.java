/**
 * The data subject's consents to external data queries, the query log, and the internal blacklist.
 */
package com.microcredit.origination.domain.consent;
