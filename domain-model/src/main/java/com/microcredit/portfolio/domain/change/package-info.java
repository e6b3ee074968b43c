/**
 * Changes to limits, approved by a second person through the one maker-checker ({@link
 * com.microcredit.shared.domain.approval.MakerChecker}) and kept as the audit trail (who proposed,
 * who approved, before and after).
 */
package com.microcredit.portfolio.domain.change;
