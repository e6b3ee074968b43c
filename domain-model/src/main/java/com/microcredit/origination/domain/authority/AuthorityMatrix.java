package com.microcredit.origination.domain.authority;

import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.approval.MakerChecker;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the delegation matrix (授权矩阵): rules, each delegating authority to a grade, in
 * force from a date until the next version's date. Versions are never changed once approved; a
 * change is a new version (under maker-checker, in the application layer). The preparer of a case
 * never approves it (审贷分离), whatever the grade.
 */
public final class AuthorityMatrix {

    /** Where a case goes when no individual grade has the authority. */
    public static final String COMMITTEE = "COMMITTEE";

    private final int version;
    private final LocalDate effectiveFrom;
    private final List<AuthorityRule> rules;

    public AuthorityMatrix(int version, LocalDate effectiveFrom, List<AuthorityRule> rules) {
        if (version < 1) {
            throw new FieldRefusal("version", "OUT_OF_RANGE", 1, Integer.MAX_VALUE);
        }
        this.version = version;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (rules == null || rules.isEmpty()) {
            throw new FieldRefusal("rules", "REQUIRED");
        }
        Set<String> ids = new HashSet<>();
        for (AuthorityRule r : rules) {
            if (!ids.add(r.ruleId())) {
                throw new FieldRefusal("ruleId", "DUPLICATE_RULE", r.ruleId());
            }
        }
        this.rules = List.copyOf(rules);
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public List<AuthorityRule> rules() {
        return rules;
    }

    /**
     * The first rule (in the matrix's order) covering the case for an approver of {@code grade}, if
     * any.
     */
    public Optional<AuthorityRule> ruleFor(ApproverGrade grade, ApprovalCase c) {
        return rules.stream().filter(r -> r.covers(grade, c)).findFirst();
    }

    /**
     * The lowest grade with authority for the case; empty when only the credit committee has it.
     * The application layer routes the case there.
     */
    public Optional<ApproverGrade> lowestGradeFor(ApprovalCase c) {
        for (ApproverGrade g : ApproverGrade.values()) {
            if (ruleFor(g, c).isPresent()) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * The approval by {@code approver} of grade {@code grade} on {@code on}: the grant naming this
     * version and the rule, or a refusal – the approver prepared the case ({@link
     * AuthorityRefusal#PREPARER}), the version is not in force yet ({@link
     * AuthorityRefusal#NOT_IN_FORCE}), or the grade has no rule for it ({@link
     * AuthorityRefusal#EXCEEDED}, naming where the case belongs).
     */
    public AuthorityGrant authorize(
            String approver, ApproverGrade grade, ApprovalCase c, LocalDate on) {
        if (approver == null || approver.isBlank()) {
            throw new FieldRefusal("approver", "REQUIRED");
        }
        if (MakerChecker.sameIdentity(approver, c.preparedBy())) {
            throw new AuthorityRefusal(AuthorityRefusal.PREPARER, approver.strip());
        }
        if (on.isBefore(effectiveFrom)) {
            throw new AuthorityRefusal(AuthorityRefusal.NOT_IN_FORCE, version, on);
        }
        return ruleFor(grade, c)
                .map(r -> new AuthorityGrant(approver.strip(), grade, version, r.ruleId()))
                .orElseThrow(
                        () ->
                                new AuthorityRefusal(
                                        AuthorityRefusal.EXCEEDED,
                                        grade,
                                        lowestGradeFor(c).map(Enum::name).orElse(COMMITTEE)));
    }
}
