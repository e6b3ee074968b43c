/**
 * Settlement-account transactions streamed from core banking, and inbound messages that were
 * rejected with their reason.
 */
package com.microcredit.portfolio.domain.settlement;
