/** The loan-origination module's public API (EJB client jar): borrowers, account managers, groups. */
package com.microcredit.origination.api;
