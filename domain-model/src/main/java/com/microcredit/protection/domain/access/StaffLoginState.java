package com.microcredit.protection.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The sign-in record of one login name: failures counted within the policy's window, and the time a
 * lock ends. See {@link LockoutPolicy}.
 */
@Entity
@Table(name = "staff_login_state")
public class StaffLoginState {

    @Id
    @Column(name = "login", length = 64)
    private String login;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Version private long version;

    protected StaffLoginState() {}

    public StaffLoginState(String login) {
        this.login = Objects.requireNonNull(login, "login");
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; true when this failure locks the login. */
    public boolean recordFailure(Instant now, LockoutPolicy policy) {
        if (lockedAt(now)) {
            return false;
        }
        if (firstFailureAt == null || !now.isBefore(firstFailureAt.plus(policy.window()))) {
            firstFailureAt = now;
            failedCount = 0;
        }
        failedCount++;
        if (failedCount >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockFor());
            failedCount = 0;
            firstFailureAt = null;
            return true;
        }
        return false;
    }

    public void recordSuccess(Instant now) {
        failedCount = 0;
        firstFailureAt = null;
        lockedUntil = null;
        lastSuccessAt = now;
    }

    public String getLogin() {
        return login;
    }

    public int getFailedCount() {
        return failedCount;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }
}
