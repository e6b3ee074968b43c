/**
 * The data-protection API every module and page uses: the append-only audit trail ({@link
 * com.microcredit.protection.api.AuditTrail}), borrower look-up monitoring with alerts to risk
 * managers ({@link com.microcredit.protection.api.AccessMonitor}), and the sign-in controls ({@link
 * com.microcredit.protection.api.StaffAccess}). The client jar of protection-ejb, a module of its
 * own that depends on no other context (docs/adr/0012-audit-trail-and-staff-controls.md,
 * docs/adr/0020-one-context-per-module.md).
 */
package com.microcredit.protection.api;
