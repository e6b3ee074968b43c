package com.microcredit.origination.domain.recheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.CodedText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptanceRecheckTest {

    private static final Instant DECIDED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    private static RecheckFacts facts(
            List<RecheckFacts.Hub> hubs, List<RecheckFacts.Warning> warnings, boolean supplyChain) {
        return new RecheckFacts(
                TODAY,
                NOW,
                TODAY.plusDays(10),
                "POWER_LOAN",
                true,
                DECIDED,
                Duration.ofDays(30),
                supplyChain,
                false,
                hubs,
                warnings,
                false,
                List.of(),
                List.of(),
                "NORMAL");
    }

    private static Map<RecheckCondition, RecheckResult> byCondition(RecheckFacts f) {
        return AcceptanceRecheck.evaluate(f).stream()
                .collect(Collectors.toMap(RecheckResult::condition, Function.identity()));
    }

    @Test
    void everyConditionIsEvaluatedAndSaysWhatItSaw() {
        List<RecheckResult> all =
                AcceptanceRecheck.evaluate(
                        facts(
                                List.of(new RecheckFacts.Hub(7, "杭州滨江电器", "NORMAL")),
                                List.of(),
                                true));
        assertEquals(
                Arrays.asList(RecheckCondition.values()),
                all.stream().map(RecheckResult::condition).toList());
        assertTrue(AcceptanceRecheck.allHold(all));
        all.forEach(r -> assertFalse(r.findings().isEmpty(), r.condition() + " says what it saw"));
    }

    /** The LA3098 sequence: approved, then the hub became DISTRESSED and a RED warning opened. */
    @Test
    void aHubDistressedAndARedWarningAfterTheApprovalStopTheAcceptance() {
        Map<RecheckCondition, RecheckResult> r =
                byCondition(
                        facts(
                                List.of(new RecheckFacts.Hub(7, "杭州滨江电器", "DISTRESSED")),
                                List.of(
                                        new RecheckFacts.Warning(
                                                "BORROWER", 1014, "杭州余杭五金", "HUB_DISTRESS", "RED")),
                                false));
        assertFalse(r.get(RecheckCondition.HUB_STATUS).holds());
        assertEquals(
                List.of(CodedText.of("RECHECK_HUB_NOT_LENDING", "杭州滨江电器", "DISTRESSED")),
                r.get(RecheckCondition.HUB_STATUS).findings());
        assertFalse(r.get(RecheckCondition.OPEN_WARNINGS).holds());
        assertFalse(AcceptanceRecheck.allHold(List.copyOf(r.values())));
    }

    @ParameterizedTest(name = "hub {0}, relied on supply chain {1} → holds {2}")
    @CsvSource({
        "NORMAL, true, true",
        "WATCH, false, true",
        "WATCH, true, false",
        "DISTRESSED, false, false",
        "DISTRESSED, true, false"
    })
    void hubStatusStopsTheChainOrTheLoansThatReliedOnIt(String status, boolean sc, boolean holds) {
        assertEquals(
                holds,
                byCondition(facts(List.of(new RecheckFacts.Hub(7, "链主", status)), List.of(), sc))
                        .get(RecheckCondition.HUB_STATUS)
                        .holds());
    }

    @ParameterizedTest(name = "{0} warning → holds {1}")
    @CsvSource({"GREEN, true", "YELLOW, true", "ORANGE, false", "RED, false"})
    void orangeAndRedWarningsStopTheMoney(String level, boolean holds) {
        assertEquals(
                holds,
                byCondition(
                                facts(
                                        List.of(),
                                        List.of(
                                                new RecheckFacts.Warning(
                                                        "GROUP", 2001, "王秀英", "OVERDUE", level)),
                                        false))
                        .get(RecheckCondition.OPEN_WARNINGS)
                        .holds());
    }

    @Test
    void
            staleEvidenceExpiredOfferRevokedConsentBlockedGroupAndNonPerformingClassificationEachFail() {
        RecheckFacts f =
                new RecheckFacts(
                        TODAY,
                        NOW,
                        TODAY.minusDays(1),
                        "POWER_LOAN",
                        false,
                        NOW.minus(Duration.ofDays(31)),
                        Duration.ofDays(30),
                        false,
                        true,
                        List.of(),
                        List.of(),
                        false,
                        List.of(55L),
                        List.of("余杭互助组"),
                        "SUBSTANDARD");
        Map<RecheckCondition, RecheckResult> r = byCondition(f);
        r.values().stream()
                .filter(
                        x ->
                                x.condition() != RecheckCondition.HUB_STATUS
                                        && x.condition() != RecheckCondition.OPEN_WARNINGS)
                .forEach(x -> assertFalse(x.holds(), x.condition() + " fails"));
        assertEquals(
                List.of(CodedText.of("RECHECK_EVIDENCE_STALE", 31, 30)),
                r.get(RecheckCondition.EVIDENCE_FRESHNESS).findings());
        assertEquals(2, r.get(RecheckCondition.CONSENT).findings().size());
    }

    @Test
    void evidenceExactlyAtTheWindowIsStillFresh() {
        RecheckFacts f =
                new RecheckFacts(
                        TODAY,
                        NOW,
                        null,
                        "POWER_LOAN",
                        true,
                        NOW.minus(Duration.ofDays(30)),
                        Duration.ofDays(30),
                        false,
                        false,
                        List.of(),
                        List.of(),
                        false,
                        List.of(),
                        List.of(),
                        null);
        assertTrue(AcceptanceRecheck.allHold(AcceptanceRecheck.evaluate(f)));
    }
}
