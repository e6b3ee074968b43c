/**
 * The people connected to a borrower that a collector may contact or must weigh (legal
 * representative, shareholders, guarantors, spouse and household, joint-liability group members):
 * the records a registry source holds behind the data gateway, and the rules that combine them with
 * the bank's own knowledge and mask them for display.
 */
package com.microcredit.origination.domain.association;
