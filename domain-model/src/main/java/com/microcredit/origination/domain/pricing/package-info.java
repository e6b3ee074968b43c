/**
 * Risk-based pricing and unit economics (domain guide §4): expected profit = interest income −
 * funding cost − expected loss − origination cost (due diligence, data) − servicing cost; the
 * lowest rate within the maximum that pays for the loan, and the flags for loans that do not.
 */
package com.microcredit.origination.domain.pricing;
