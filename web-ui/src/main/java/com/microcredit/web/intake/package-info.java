/**
 * Borrower intake pages: register an enterprise or an individual/household, errors next to each
 * field.
 */
package com.microcredit.web.intake;
