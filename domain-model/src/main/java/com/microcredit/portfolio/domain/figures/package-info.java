/** Daily snapshots of the portfolio's headline figures, for trends. */
package com.microcredit.portfolio.domain.figures;
