/**
 * Loan application pages: the wizard, the decision view and the credit officers' referral queue.
 */
package com.microcredit.web.application;
