package com.microcredit.origination.domain.authority;

import static com.microcredit.origination.domain.authority.CommitteeVote.ABSTAIN;
import static com.microcredit.origination.domain.authority.CommitteeVote.AGAINST;
import static com.microcredit.origination.domain.authority.CommitteeVote.FOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.FieldRefusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitteeSittingTest {

    private static final Instant T = Instant.parse("2026-12-08T02:00:00Z");
    private static final List<String> SEVEN = List.of("chair", "m1", "m2", "m3", "m4", "m5", "m6");

    private static CommitteeSitting sitting(
            int present, Map<String, ConflictOfInterest> conflicts) {
        return new CommitteeSitting(
                "LA3098", CommitteeRules.STANDARD, "chair", SEVEN.subList(0, present), conflicts);
    }

    private static CommitteeOutcome run(CommitteeSitting s, int votesFor, int against) {
        List<String> voters = s.eligible();
        for (int i = 0; i < voters.size(); i++) {
            CommitteeVote v = i < votesFor ? FOR : i < votesFor + against ? AGAINST : ABSTAIN;
            s.vote(voters.get(i), v, "理由 " + i, T);
        }
        return s.close("chair");
    }

    @ParameterizedTest(name = "{0} present, {1} conflicted, {2} for, {3} against → {4}")
    @CsvSource({
        "5, 0, 4, 1, PASSED", // 4/5 ≥ 2/3
        "5, 0, 3, 2, REJECTED", // 3/5 < 2/3
        "6, 0, 4, 2, PASSED", // exactly two thirds
        "6, 0, 3, 3, REJECTED", // a tie never passes, the chair has no casting vote
        "7, 0, 5, 2, PASSED",
        "7, 0, 4, 0, REJECTED", // abstentions count as not for
        "4, 0, 4, 0, NO_QUORUM", // unanimous but four: nothing decided
        "6, 2, 4, 0, NO_QUORUM", // six present, two conflicted: four eligible
        "7, 2, 4, 1, PASSED" // five eligible, four for
    })
    void quorumAndTheTwoThirdsRuleAtTheirBoundaries(
            int present, int conflicted, int votesFor, int against, CommitteeOutcome expected) {
        Map<String, ConflictOfInterest> conflicts =
                conflicted == 0
                        ? Map.of()
                        : conflicted == 1
                                ? Map.of("m1", ConflictOfInterest.PREPARER)
                                : Map.of(
                                        "m1", ConflictOfInterest.PREPARER,
                                        "m2", ConflictOfInterest.RELATED);
        CommitteeSitting s = sitting(present, conflicts);
        assertEquals(present - conflicted, s.eligible().size());
        assertEquals(expected, run(s, Math.min(votesFor, s.eligible().size()), against));
    }

    @Test
    void aConflictedMemberMayNotVoteInAnyCaseOrSpacing() {
        CommitteeSitting s = sitting(6, Map.of("M3", ConflictOfInterest.ACCOUNT_MANAGER));
        AuthorityRefusal e =
                assertThrows(AuthorityRefusal.class, () -> s.vote(" m3", FOR, "同意", T));
        assertEquals(AuthorityRefusal.CONFLICTED, e.code());
        assertEquals(List.of("m3", "ACCOUNT_MANAGER"), e.arguments());
        assertTrue(s.ballots().isEmpty());
    }

    @Test
    void oneVotePerMemberWithAReasonAndNoneAfterClosing() {
        CommitteeSitting s = sitting(5, Map.of());
        s.vote("m1", AGAINST, "现金流不足以覆盖月供", T);
        assertEquals(
                AuthorityRefusal.ALREADY_VOTED,
                assertThrows(AuthorityRefusal.class, () -> s.vote("M1", FOR, "改变主意", T)).code());
        assertEquals(
                "reason",
                assertThrows(FieldRefusal.class, () -> s.vote("m2", FOR, "  ", T)).field());
        assertEquals(
                AuthorityRefusal.NOT_A_MEMBER,
                assertThrows(AuthorityRefusal.class, () -> s.vote("m9", FOR, "同意", T)).code());
        assertEquals(List.of("m1"), s.dissenters());
        assertEquals(
                AuthorityRefusal.NOT_THE_CHAIR,
                assertThrows(AuthorityRefusal.class, () -> s.close("m2")).code());
        assertEquals(CommitteeOutcome.REJECTED, s.close("chair"));
        assertEquals(
                AuthorityRefusal.CLOSED,
                assertThrows(AuthorityRefusal.class, () -> s.vote("m2", FOR, "同意", T)).code());
    }

    @Test
    void theChairsVoteCountsOnceAndCannotOutvoteAFailedQuorum() {
        CommitteeSitting s = sitting(4, Map.of());
        assertFalse(s.quorate());
        s.vote("chair", FOR, "同意", T);
        assertEquals(CommitteeOutcome.NO_QUORUM, s.close("chair"));
    }

    @Test
    void theRulesRefuseAShareOfHalfOrLessAndATinyQuorum() {
        assertThrows(FieldRefusal.class, () -> new CommitteeRules(5, 1, 2));
        assertThrows(FieldRefusal.class, () -> new CommitteeRules(2, 2, 3));
        assertThrows(FieldRefusal.class, () -> new CommitteeRules(5, 4, 3));
    }
}
