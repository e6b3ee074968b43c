/** Borrower pages. */
package com.microcredit.web.borrower;
