/**
 * Borrowers (micro-enterprises and individuals/households) and the account managers who know them.
 */
package com.microcredit.origination.domain.borrower;
