/**
 * Risk holds until the money leaves (domain guide §9, issue 21): every condition an approval relied
 * on is evaluated again when the offer is accepted (and on any disbursement or drawdown) – offer
 * expiry, product still offered, evidence freshness, hub status and chain block, open RED/ORANGE
 * warnings on the borrower, its group or its chain, consent, group rules, the borrower's
 * classification. A changed condition sends the case back for a new decision; nothing leaves.
 */
package com.microcredit.origination.domain.recheck;
