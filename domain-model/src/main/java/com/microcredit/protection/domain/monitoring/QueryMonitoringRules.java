package com.microcredit.protection.domain.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a staff member's borrower look-ups are abnormal.
 *
 * <ul>
 *   <li><b>Outside the book</b>: the viewer looks after a book of borrowers (is an account manager)
 *       and the borrower belongs to another account manager's book. Staff without a book (branch
 *       staff, credit officers, risk managers, auditors) legitimately look at any borrower.
 *   <li><b>Volume</b>: more than {@code maxBorrowers} distinct borrowers within {@code window}. One
 *       alert per staff member and window: a new one only once the previous alert is a window old.
 * </ul>
 */
public record QueryMonitoringRules(int maxBorrowers, Duration window) {

    public QueryMonitoringRules {
        if (maxBorrowers < 1) {
            throw new IllegalArgumentException("the look-up threshold must be at least 1 borrower");
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the monitoring window must be positive");
        }
    }

    public boolean outsideBook(Long viewerBookId, Long borrowerBookId) {
        return viewerBookId != null
                && borrowerBookId != null
                && !viewerBookId.equals(borrowerBookId);
    }

    /** Where the volume window starts for a look-up at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * Whether the distinct borrowers looked up in the window call for a new volume alert, given
     * when the staff member's last volume alert was raised (null if never).
     */
    public boolean volumeAlertDue(
            long distinctBorrowersInWindow, Instant lastVolumeAlert, Instant now) {
        return distinctBorrowersInWindow > maxBorrowers
                && (lastVolumeAlert == null || !lastVolumeAlert.isAfter(windowStart(now)));
    }
}
