/**
 * The data-protection API every module and page uses: the append-only audit trail ({@link
 * com.microcredit.protection.api.AuditTrail}), borrower look-up monitoring with alerts to risk
 * managers ({@link com.microcredit.protection.api.AccessMonitor}), and the sign-in controls ({@link
 * com.microcredit.protection.api.StaffAccess}). Hosted in portfolio-ejb, the module every other
 * module already depends on (docs/adr/0012-audit-trail-and-staff-controls.md).
 */
package com.microcredit.protection.api;
