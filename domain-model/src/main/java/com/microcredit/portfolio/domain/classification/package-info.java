/** Five-category loan classification (2023 rules), the cure conditions, and loan-loss provision rates. */
package com.microcredit.portfolio.domain.classification;
