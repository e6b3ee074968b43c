/**
 * Dual-controlled changes to limits and to the blind-lending calibration, kept as the audit trail
 * (who proposed, who approved, before and after).
 */
package com.microcredit.portfolio.domain.change;
