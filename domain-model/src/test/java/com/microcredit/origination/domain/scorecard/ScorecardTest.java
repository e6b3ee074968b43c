package com.microcredit.origination.domain.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.ApprovalState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static Scorecard stored(String variable) {
        Characteristic c =
                new Characteristic(
                        variable,
                        Characteristic.Kind.NUMERIC,
                        List.of(
                                ScorecardBin.interval(0, null, 12.0, 40, 20, -0.8, 20),
                                ScorecardBin.interval(1, 12.0, null, 160, 10, 1.0, 80)));
        Characteristic n =
                new Characteristic(
                        "SECTOR",
                        Characteristic.Kind.NOMINAL,
                        List.of(
                                new ScorecardBin(
                                        0,
                                        "retail, farm",
                                        null,
                                        null,
                                        Set.of("retail", "farm"),
                                        false,
                                        false,
                                        100,
                                        20,
                                        0.1,
                                        50),
                                new ScorecardBin(
                                        1,
                                        "other",
                                        null,
                                        null,
                                        Set.of("mine"),
                                        false,
                                        true,
                                        100,
                                        10,
                                        0.3,
                                        60)));
        PointsScorecard card = new PointsScorecard(List.of(c, n), new Scaling(600, 50, 40));
        TrainingFigures f =
                new TrainingFigures(
                        "d.csv",
                        "OUTCOME",
                        "BAD",
                        230,
                        200,
                        30,
                        -2,
                        6,
                        0.8,
                        0.5,
                        0.6,
                        100,
                        1,
                        2,
                        3,
                        4,
                        10,
                        5,
                        7L,
                        0.79,
                        0.04,
                        "defaults");
        return new Scorecard(
                "card",
                3,
                card,
                f,
                List.of(
                        new ScorecardVariable(
                                variable, 0, "NUMERIC", 2, 0.4, true, null, -0.9, 0.1),
                        new ScorecardVariable(
                                "SECTOR", 1, "NOMINAL", 2, 0.1, true, null, -0.5, 0.2),
                        new ScorecardVariable(
                                "NOISE", 2, "NUMERIC", 1, 0.0, false, "SINGLE_BIN", 0, 0)),
                List.of(),
                "risk",
                NOW);
    }

    @Test
    void theStoredBinsRebuildTheSameScorecard() {
        PointsScorecard rebuilt = stored("TAX_MONTHS").pointsScorecard();
        assertEquals(List.of("TAX_MONTHS", "SECTOR"), rebuilt.variableNames());
        assertEquals(
                80 + 50, rebuilt.score(Map.of("TAX_MONTHS", "20", "SECTOR", "farm"), 3).score());
        assertEquals(
                20 + 60, rebuilt.score(Map.of("TAX_MONTHS", "3", "SECTOR", "quarry"), 3).score());
        assertEquals("card v3", stored("TAX_MONTHS").label());
    }

    @Test
    void onlyAScorecardOnGatewayFactsCanBePutToWork() {
        Scorecard benchmark = stored("checking_status");
        assertFalse(
                benchmark.isMapsToGateway(), "SECTOR and checking_status are not gateway facts");
        ScorecardUnfitException e =
                assertThrows(
                        ScorecardUnfitException.class,
                        () -> benchmark.activate(ActivationRole.CHAMPION, NOW));
        assertTrue(e.getMessage().contains("checking_status"));
        assertEquals(ScorecardStatus.TRAINED, benchmark.getStatus());
    }

    @Test
    void aReplacedChampionRetiresAndAReplacedChallengerGoesBackToTheShelf() {
        Scorecard champion = gatewayCard();
        champion.activate(ActivationRole.CHAMPION, NOW);
        assertEquals(ScorecardStatus.CHAMPION, champion.getStatus());
        champion.standDown();
        assertEquals(ScorecardStatus.RETIRED, champion.getStatus());
        assertThrows(
                ScorecardUnfitException.class,
                () -> champion.activate(ActivationRole.CHAMPION, NOW));
        Scorecard challenger = gatewayCard();
        challenger.activate(ActivationRole.CHALLENGER, NOW);
        challenger.standDown();
        assertEquals(ScorecardStatus.TRAINED, challenger.getStatus());
    }

    @Test
    void theProposerAndTheTrainerCannotApproveAnActivation() {
        ScorecardActivation a =
                new ScorecardActivation(1L, ActivationRole.CHAMPION, "better AUC", "risk", NOW);
        assertEquals(
                ApprovalRefusal.SAME_PERSON,
                assertThrows(
                                ApprovalRefusal.class,
                                () -> a.approve("RISK", "model-team", NOW, null))
                        .code());
        assertEquals(
                ApprovalRefusal.SAME_PERSON,
                assertThrows(ApprovalRefusal.class, () -> a.approve("risk2", " Risk2", NOW, null))
                        .code(),
                "the card's trainer, in another case, is no checker either");
        a.approve("risk2", "model-team", NOW, "ok");
        assertEquals(ApprovalState.APPROVED, a.approval().state());
        assertEquals("risk2", a.approval().checker());
        assertEquals(
                ApprovalRefusal.ALREADY_DECIDED,
                assertThrows(ApprovalRefusal.class, () -> a.reject("risk3", NOW, "late")).code());
        assertThrows(
                FieldRefusal.class,
                () -> new ScorecardActivation(1L, ActivationRole.CHALLENGER, " ", "risk", NOW));
    }

    private static Scorecard gatewayCard() {
        Characteristic c =
                new Characteristic(
                        "TAX_MONTHS",
                        Characteristic.Kind.NUMERIC,
                        List.of(
                                ScorecardBin.interval(0, null, 12.0, 40, 20, -0.8, 20),
                                ScorecardBin.interval(1, 12.0, null, 160, 10, 1.0, 80)));
        TrainingFigures f =
                new TrainingFigures(
                        "d.csv",
                        "OUTCOME",
                        "BAD",
                        230,
                        200,
                        30,
                        -2,
                        6,
                        0.8,
                        0.5,
                        0.6,
                        100,
                        1,
                        2,
                        3,
                        4,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "defaults");
        return new Scorecard(
                "gw",
                1,
                new PointsScorecard(List.of(c), new Scaling(600, 50, 40)),
                f,
                List.of(
                        new ScorecardVariable(
                                "TAX_MONTHS", 0, "NUMERIC", 2, 0.4, true, null, -0.9, 0.1)),
                List.of(),
                "model-team",
                NOW);
    }
}
