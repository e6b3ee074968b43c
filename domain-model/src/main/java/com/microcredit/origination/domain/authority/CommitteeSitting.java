package com.microcredit.origination.domain.authority;

import com.microcredit.shared.domain.approval.MakerChecker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One credit committee sitting on one case: the members present (the chair among them), the members
 * with a conflict of interest, each eligible member's vote with its reason, and the outcome when
 * the chair closes it. The chair's vote counts once, like any other: no casting vote, and no
 * decision without the quorum of eligible members present. Dissent stays on the record.
 */
public final class CommitteeSitting {

    /** A member's vote as recorded for the minutes. */
    public record Ballot(String member, CommitteeVote vote, String reason, Instant at) {}

    private final String caseRef;
    private final CommitteeRules rules;
    private final String chair;
    private final List<String> present;
    private final Map<String, ConflictOfInterest> conflicts;
    private final Map<String, Ballot> ballots = new LinkedHashMap<>();
    private CommitteeOutcome outcome = CommitteeOutcome.OPEN;

    /**
     * @param present the members present, the chair among them (user ids)
     * @param conflicts the members present with a conflict of interest, by user id
     */
    public CommitteeSitting(
            String caseRef,
            CommitteeRules rules,
            String chair,
            List<String> present,
            Map<String, ConflictOfInterest> conflicts) {
        this.caseRef = Objects.requireNonNull(caseRef, "caseRef");
        this.rules = Objects.requireNonNull(rules, "rules");
        List<String> members = new ArrayList<>();
        for (String m : present) {
            if (m != null && !m.isBlank() && find(members, m).isEmpty()) {
                members.add(m.strip());
            }
        }
        this.chair =
                find(members, chair)
                        .orElseThrow(
                                () -> new AuthorityRefusal(AuthorityRefusal.NOT_A_MEMBER, chair));
        this.present = List.copyOf(members);
        Map<String, ConflictOfInterest> c = new LinkedHashMap<>();
        conflicts.forEach((user, why) -> find(members, user).ifPresent(m -> c.put(m, why)));
        this.conflicts = Map.copyOf(c);
    }

    private static Optional<String> find(List<String> members, String user) {
        return members.stream().filter(m -> MakerChecker.sameIdentity(m, user)).findFirst();
    }

    public String caseRef() {
        return caseRef;
    }

    public String chair() {
        return chair;
    }

    public List<String> present() {
        return present;
    }

    public Map<String, ConflictOfInterest> conflicts() {
        return conflicts;
    }

    /** The members present who may vote (no conflict of interest). */
    public List<String> eligible() {
        return present.stream().filter(m -> !conflicts.containsKey(m)).toList();
    }

    /** Whether enough eligible members are present to decide. */
    public boolean quorate() {
        return eligible().size() >= rules.quorum();
    }

    /**
     * Records {@code user}'s vote with its reason (stripped, required, at most 500 characters).
     * Refused for a closed sitting, a non-member, a conflicted member or a second vote.
     */
    public Ballot vote(String user, CommitteeVote vote, String reason, Instant at) {
        if (outcome != CommitteeOutcome.OPEN) {
            throw new AuthorityRefusal(AuthorityRefusal.CLOSED, outcome);
        }
        String member =
                find(present, user)
                        .orElseThrow(
                                () -> new AuthorityRefusal(AuthorityRefusal.NOT_A_MEMBER, user));
        if (conflicts.containsKey(member)) {
            throw new AuthorityRefusal(AuthorityRefusal.CONFLICTED, member, conflicts.get(member));
        }
        if (ballots.containsKey(member)) {
            throw new AuthorityRefusal(AuthorityRefusal.ALREADY_VOTED, member);
        }
        Ballot b =
                new Ballot(
                        member,
                        Objects.requireNonNull(vote, "vote"),
                        MakerChecker.reason(reason, 500),
                        Objects.requireNonNull(at, "at"));
        ballots.put(member, b);
        return b;
    }

    /** The votes cast so far, in order. */
    public List<Ballot> ballots() {
        return List.copyOf(ballots.values());
    }

    /** The members who voted against (kept in the minutes). */
    public List<String> dissenters() {
        return ballots.values().stream()
                .filter(b -> b.vote() == CommitteeVote.AGAINST)
                .map(Ballot::member)
                .toList();
    }

    /**
     * The chair closes the sitting: NO_QUORUM without the quorum of eligible members present
     * (whatever the votes), PASSED when the votes for reach the passing share of the eligible
     * members present (a member who did not vote counts as not for), REJECTED otherwise. Refused
     * when someone else closes it or it is closed.
     */
    public CommitteeOutcome close(String by) {
        if (outcome != CommitteeOutcome.OPEN) {
            throw new AuthorityRefusal(AuthorityRefusal.CLOSED, outcome);
        }
        if (!MakerChecker.sameIdentity(by, chair)) {
            throw new AuthorityRefusal(AuthorityRefusal.NOT_THE_CHAIR, by);
        }
        int votesFor =
                (int) ballots.values().stream().filter(b -> b.vote() == CommitteeVote.FOR).count();
        int eligible = eligible().size();
        outcome =
                !quorate()
                        ? CommitteeOutcome.NO_QUORUM
                        : rules.passes(votesFor, eligible)
                                ? CommitteeOutcome.PASSED
                                : CommitteeOutcome.REJECTED;
        return outcome;
    }

    public CommitteeOutcome outcome() {
        return outcome;
    }
}
