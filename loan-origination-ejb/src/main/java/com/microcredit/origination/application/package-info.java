/** Stateless services of the loan-origination module: each public method is one transaction. */
package com.microcredit.origination.application;
