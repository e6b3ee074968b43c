/**
 * Hub health: the indicators a hub is watched by (late payments to its suppliers, revenue trend,
 * bureau and court events), the status they imply, and status changes – automatic downgrades from
 * indicators and manual changes under the one maker-checker ({@link
 * com.microcredit.shared.domain.approval.MakerChecker}) – which are the audit trail of a hub's
 * health.
 */
package com.microcredit.supplychain.domain.health;
