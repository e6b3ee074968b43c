/**
 * Alternative data held about a borrower (monthly observations per source) and the scorecard that
 * turns it into a score, a probability of default and reason codes.
 */
package com.microcredit.origination.domain.scoring;
