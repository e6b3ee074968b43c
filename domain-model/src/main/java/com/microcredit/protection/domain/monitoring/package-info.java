/**
 * Abnormal query monitoring: the rules that make a staff member's borrower look-ups suspicious
 * (outside their own book, or too many borrowers in a short time) and the alerts risk managers work
 * through.
 */
package com.microcredit.protection.domain.monitoring;
