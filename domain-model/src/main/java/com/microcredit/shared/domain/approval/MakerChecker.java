package com.microcredit.shared.domain.approval;

import com.microcredit.shared.domain.FieldRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The one four-eyes approval (maker-checker) of every context: a maker proposes, a different person
 * (the checker) approves or rejects, once. Who may propose or check (the role) is the caller's
 * concern; that the checker is not the maker – nor any other party the caller names, such as the
 * trainer of a scorecard – is enforced here, whatever the caller, with {@link #sameIdentity}: user
 * ids compared trimmed and case-insensitively. Every breach is an {@link ApprovalRefusal} with a
 * code.
 *
 * <p>Embedded by the entities that need an approval; their columns are mapped with
 * {@code @AttributeOverride} where they differ from the defaults here (status, proposed_by,
 * proposed_at, decided_by, decided_at, decision_note).
 */
@Embeddable
public class MakerChecker {

    /** Column size of a user id. */
    public static final int USER_MAX = 64;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ApprovalState state;

    @Column(name = "proposed_by", nullable = false, length = USER_MAX)
    private String maker;

    @Column(name = "proposed_at", nullable = false)
    private Instant madeAt;

    @Column(name = "decided_by", length = USER_MAX)
    private String checker;

    @Column(name = "decided_at")
    private Instant checkedAt;

    @Column(name = "decision_note", length = 500)
    private String note;

    protected MakerChecker() {}

    private MakerChecker(ApprovalState state, String maker, Instant madeAt) {
        if (maker == null || maker.isBlank()) {
            throw new ApprovalRefusal(ApprovalRefusal.NO_MAKER);
        }
        this.state = state;
        this.maker = maker.strip();
        this.madeAt = Objects.requireNonNull(madeAt, "madeAt");
    }

    /** The maker proposes; nothing takes effect until a different person approves. */
    public static MakerChecker propose(String maker, Instant at) {
        return new MakerChecker(ApprovalState.PROPOSED, maker, at);
    }

    /**
     * A change the system made itself (no second person), recorded for the audit trail: APPLIED,
     * with the maker as the one who decided.
     */
    public static MakerChecker appliedBySystem(String by, Instant at) {
        MakerChecker m = new MakerChecker(ApprovalState.APPLIED, by, at);
        m.checker = m.maker;
        m.checkedAt = at;
        return m;
    }

    /**
     * The maker's reason for a proposal, stripped: refused (field {@code reason}) when blank or
     * longer than {@code max} characters.
     */
    public static String reason(String text, int max) {
        if (text == null || text.isBlank()) {
            throw new FieldRefusal("reason", "REQUIRED");
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new FieldRefusal("reason", "TOO_LONG", max);
        }
        return stripped;
    }

    /**
     * Whether two user ids name the same person: trimmed, compared case-insensitively
     * (Locale.ROOT). Two missing ids are the same (nobody); one missing id is nobody else.
     */
    public static boolean sameIdentity(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The checker approves: APPROVED. Refused when already decided, and when the checker is the
     * maker or one of {@code alsoExcluded} (others who took part in making it).
     */
    public void approve(String checker, Instant at, String note, String... alsoExcluded) {
        decide(ApprovalState.APPROVED, checker, at, note, alsoExcluded);
    }

    /** As {@link #approve}, for a change that takes effect at once: APPLIED. */
    public void approveAndApply(String checker, Instant at, String note, String... alsoExcluded) {
        decide(ApprovalState.APPLIED, checker, at, note, alsoExcluded);
    }

    /**
     * A checker rejects: REJECTED. Refused when already decided, and to the maker and {@code
     * alsoExcluded} (see {@link #rejectOrWithdraw} where the maker may withdraw).
     */
    public void reject(String checker, Instant at, String note, String... alsoExcluded) {
        decide(ApprovalState.REJECTED, checker, at, note, alsoExcluded);
    }

    /** A checker rejects, or the maker withdraws: REJECTED. Refused when already decided. */
    public void rejectOrWithdraw(String person, Instant at, String note) {
        requirePending();
        record(ApprovalState.REJECTED, requireChecker(person), at, note);
    }

    /**
     * Refused unless still pending and {@code checker} is an identified person other than the maker
     * and {@code alsoExcluded}: the checks of a decision, before the caller's own.
     */
    public String requireIndependent(String checker, String... alsoExcluded) {
        requirePending();
        String who = requireChecker(checker);
        if (sameIdentity(who, maker)) {
            throw new ApprovalRefusal(ApprovalRefusal.SAME_PERSON, who);
        }
        for (String other : alsoExcluded) {
            if (sameIdentity(who, other)) {
                throw new ApprovalRefusal(ApprovalRefusal.SAME_PERSON, who);
            }
        }
        return who;
    }

    /** Refused unless still waiting for a checker. */
    public void requirePending() {
        if (state != ApprovalState.PROPOSED) {
            throw new ApprovalRefusal(ApprovalRefusal.ALREADY_DECIDED, state);
        }
    }

    private void decide(
            ApprovalState outcome,
            String checker,
            Instant at,
            String note,
            String... alsoExcluded) {
        record(outcome, requireIndependent(checker, alsoExcluded), at, note);
    }

    private static String requireChecker(String checker) {
        if (checker == null || checker.isBlank()) {
            throw new ApprovalRefusal(ApprovalRefusal.NO_CHECKER);
        }
        return checker.strip();
    }

    private void record(ApprovalState outcome, String who, Instant at, String note) {
        this.state = outcome;
        this.checker = who;
        this.checkedAt = Objects.requireNonNull(at, "at");
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isPending() {
        return state == ApprovalState.PROPOSED;
    }

    public ApprovalState state() {
        return state;
    }

    public String maker() {
        return maker;
    }

    public Instant madeAt() {
        return madeAt;
    }

    /** Who approved or rejected (the system itself for APPLIED without a checker); null before. */
    public String checker() {
        return checker;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    /** The checker's note, or null. */
    public String note() {
        return note;
    }
}
