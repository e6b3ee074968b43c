package com.microcredit.origination.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {

    private static final Set<InformationPath> ALL = EnumSet.allOf(InformationPath.class);

    private static List<PathEvaluation> allInsufficient() {
        return ALL.stream()
                .map(
                        p ->
                                PathEvaluation.of(
                                        PathResult.insufficient(
                                                p, "NOTHING", CodedText.plain("no data"))))
                .toList();
    }

    private static DecisionPolicy.Inputs inputs(
            Set<InformationPath> accepted,
            List<PathEvaluation> evals,
            ScoreBand band,
            boolean unprofitable,
            String amount) {
        return new DecisionPolicy.Inputs(
                accepted,
                List.of(),
                evals,
                band,
                List.of("TAX_HISTORY_SHORT"),
                unprofitable,
                false,
                new BigDecimal(amount),
                new BigDecimal("300000"));
    }

    @Test
    void noAvailablePathNeverApproves() {
        // Whatever else looks good (pass score, profitable, small amount), no information means no
        // loan.
        Decision d =
                DecisionPolicy.decide(
                        inputs(ALL, allInsufficient(), ScoreBand.PASS, false, "1000"));
        assertEquals(DecisionOutcome.DECLINE, d.outcome());
        assertEquals("NO_INFORMATION", d.decidingRule());
        assertTrue(d.pathsUsed().isEmpty());
        assertEquals(5, d.reasonCodes().size());
    }

    @Test
    void anAvailablePathTheProductDoesNotAcceptDoesNotCount() {
        List<PathEvaluation> evals =
                List.of(
                        PathEvaluation.of(
                                PathResult.available(
                                        InformationPath.BLIND_LENDING, CodedText.plain("ok"))),
                        PathEvaluation.of(
                                PathResult.insufficient(
                                        InformationPath.BIG_DATA,
                                        "THIN_FILE",
                                        CodedText.plain("thin"))));
        Decision d =
                DecisionPolicy.decide(
                        inputs(EnumSet.of(InformationPath.BIG_DATA), evals, null, false, "1000"));
        assertNotEquals(DecisionOutcome.APPROVE, d.outcome());
        assertEquals("NO_INFORMATION", d.decidingRule());
    }

    @Test
    void aHardStopDeclinesEvenWithInformation() {
        List<PathEvaluation> evals =
                List.of(
                        new PathEvaluation(
                                PathResult.available(
                                        InformationPath.RELATIONSHIP, CodedText.plain("known")),
                                List.of("GROUP_MEMBER_HAS_ACTIVE_LOAN")));
        Decision d = DecisionPolicy.decide(inputs(ALL, evals, null, false, "1000"));
        assertEquals(DecisionOutcome.DECLINE, d.outcome());
        assertEquals(List.of("GROUP_MEMBER_HAS_ACTIVE_LOAN"), d.reasonCodes());
    }

    @Test
    void greyZoneScoreIsReferredToAPerson() {
        List<PathEvaluation> evals =
                List.of(
                        PathEvaluation.of(
                                PathResult.available(
                                        InformationPath.BIG_DATA, CodedText.plain("score"))));
        Decision d = DecisionPolicy.decide(inputs(ALL, evals, ScoreBand.GREY, false, "1000"));
        assertEquals(DecisionOutcome.REFER, d.outcome());
        assertEquals("SCORE_GREY_ZONE", d.decidingRule());
    }

    @Test
    void aLoanThatDoesNotPayForItselfIsReferredNotApproved() {
        List<PathEvaluation> evals =
                List.of(
                        PathEvaluation.of(
                                PathResult.available(
                                        InformationPath.RELATIONSHIP, CodedText.plain("known"))));
        Decision d = DecisionPolicy.decide(inputs(ALL, evals, null, true, "1000"));
        assertEquals(DecisionOutcome.REFER, d.outcome());
        assertEquals("UNIT_ECONOMICS", d.decidingRule());
        assertTrue(d.reasonCodes().contains("UNPROFITABLE_AT_MAXIMUM_RATE"));
    }

    @Test
    void amountAboveAutomaticAuthorityIsReferred() {
        List<PathEvaluation> evals =
                List.of(
                        PathEvaluation.of(
                                PathResult.available(
                                        InformationPath.RELATIONSHIP, CodedText.plain("known"))));
        Decision d = DecisionPolicy.decide(inputs(ALL, evals, null, false, "300000.01"));
        assertEquals("ABOVE_AUTOMATIC_AUTHORITY", d.decidingRule());
    }

    @Test
    void sufficientInformationApprovesAndNamesThePathsUsed() {
        List<PathEvaluation> evals =
                List.of(
                        PathEvaluation.of(
                                PathResult.available(
                                        InformationPath.RELATIONSHIP, CodedText.plain("known"))),
                        PathEvaluation.of(
                                PathResult.available(
                                        InformationPath.BIG_DATA, CodedText.plain("score"))),
                        PathEvaluation.of(
                                PathResult.insufficient(
                                        InformationPath.SUPPLY_CHAIN,
                                        "NOT_A_CHAIN_MEMBER",
                                        CodedText.plain("-"))));
        Decision d = DecisionPolicy.decide(inputs(ALL, evals, ScoreBand.PASS, false, "300000.00"));
        assertEquals(DecisionOutcome.APPROVE, d.outcome());
        assertEquals(
                EnumSet.of(InformationPath.RELATIONSHIP, InformationPath.BIG_DATA), d.pathsUsed());
    }

    @Test
    void anApprovalWithoutPathsCannotEvenBeConstructed() {
        assertThrows(
                IllegalStateException.class,
                () -> new Decision(DecisionOutcome.APPROVE, "ANY", List.of(), Set.of()));
    }
}
