package com.microcredit.portfolio.domain.exposure;

/** Life of an exposure in the book. Only LIVE exposures hold reservations against limits. */
public enum ExposureStatus {
    LIVE,
    /** Fully repaid; every reservation released. */
    CLOSED,
    /** Withdrawn before disbursement; every reservation released. */
    CANCELLED
}
