package com.microcredit.portfolio.domain.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who owns a {@link WarningSignal} and by when it must be handled: the owner role (first the
 * account manager), the person of that role who acknowledged it, the due date that depends on the
 * level, and how often it was escalated to the owner role's supervisor. Part of the signal's row.
 */
@Embeddable
public class SignalOwnership {

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false, length = 16)
    private OwnerRole ownerRole = OwnerRole.ACCOUNT_MANAGER;

    @Column(name = "owner", length = 64)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "escalations", nullable = false)
    private int escalations;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected SignalOwnership() {}

    /**
     * A new signal's: the account manager's role, nobody named, due by {@code dueOn} (may be null).
     */
    static SignalOwnership initial(LocalDate dueOn) {
        SignalOwnership o = new SignalOwnership();
        o.dueOn = dueOn;
        return o;
    }

    /** After the level rose: the due date moves forward to what the level allows, never later. */
    void tighten(SignalLevel level, LocalDate seenOn, ResponseTimes times) {
        LocalDate candidate = times.dueOn(level, seenOn);
        if (dueOn == null || candidate.isBefore(dueOn)) {
            dueOn = candidate;
        }
    }

    /** The person who acknowledges becomes the owner. */
    void acknowledge(String by, Instant at) {
        owner = by;
        acknowledgedBy = by;
        acknowledgedAt = Objects.requireNonNull(at, "at");
    }

    /** The first person to act on a signal nobody owns becomes its owner. */
    void takeIfUnowned(String by) {
        if (owner == null) {
            owner = by;
        }
    }

    boolean isPastDue(LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }

    /** The supervisor role takes over, nobody named, with the escalation response time. */
    void escalate(LocalDate today, ResponseTimes times) {
        ownerRole = ownerRole.supervisor();
        owner = null;
        escalations++;
        dueOn = times.afterEscalation(today);
    }

    public OwnerRole getOwnerRole() {
        return ownerRole;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getEscalations() {
        return escalations;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
