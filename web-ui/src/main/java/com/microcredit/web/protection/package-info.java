/**
 * Data-protection pages: the auditor's audit trail with filters and export, risk managers' security
 * alerts.
 */
package com.microcredit.web.protection;
