/**
 * The loan-origination module's public API (EJB client jar): borrowers, account managers, visits,
 * groups, products, applications and decisions, consents and the data gateway.
 */
package com.microcredit.origination.api;
