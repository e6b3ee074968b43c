/** The data-protection services: audit trail, borrower look-up monitoring and sign-in controls. */
package com.microcredit.protection.application;
