/** Stateless services of the portfolio module: each public method is one transaction. */
package com.microcredit.portfolio.application;
