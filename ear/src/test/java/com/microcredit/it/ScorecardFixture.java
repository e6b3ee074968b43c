package com.microcredit.it;

import com.microcredit.origination.domain.consent.CachedResponse;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.scorecard.ActivationRole;
import com.microcredit.origination.domain.scorecard.ScoreBandRecord;
import com.microcredit.origination.domain.scorecard.Scorecard;
import com.microcredit.origination.domain.scorecard.ScorecardActivation;
import com.microcredit.origination.domain.scorecard.ScorecardVariable;
import com.microcredit.origination.domain.scorecard.TrainingFigures;
import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Test-only setup for the scorecard and gateway integration tests: a small gateway scorecard put to
 * work directly (the activation service needs two risk managers, which in-container tests are not),
 * an expired consent, an expired cached answer.
 */
@Stateless
public class ScorecardFixture {

    /**
     * Points of the hand-made champion: TAX_MONTHS < 12 → 20, ≥ 12 → 80; CREDIT_PAST_DUE_NOW < 1 →
     * 90, ≥ 1 → 10, missing → 40.
     */
    static final int BEST_SCORE = 170;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public long champion(String name) {
        Characteristic tax =
                new Characteristic(
                        "TAX_MONTHS",
                        Characteristic.Kind.NUMERIC,
                        List.of(
                                ScorecardBin.interval(0, null, 12.0, 40, 20, -0.8, 20),
                                ScorecardBin.interval(1, 12.0, null, 160, 10, 1.0, 80)));
        Characteristic pastDue =
                new Characteristic(
                        "CREDIT_PAST_DUE_NOW",
                        Characteristic.Kind.NUMERIC,
                        List.of(
                                ScorecardBin.interval(0, null, 1.0, 180, 10, 0.9, 90),
                                ScorecardBin.interval(1, 1.0, null, 10, 15, -1.6, 10),
                                new ScorecardBin(
                                        2,
                                        "missing",
                                        null,
                                        null,
                                        java.util.Set.of(),
                                        true,
                                        false,
                                        10,
                                        5,
                                        -0.2,
                                        40)));
        PointsScorecard card = new PointsScorecard(List.of(tax, pastDue), new Scaling(100, 10, 20));
        TrainingFigures f =
                new TrainingFigures(
                        "IT hand-made",
                        "OUTCOME",
                        "BAD",
                        230,
                        200,
                        30,
                        -2.0,
                        5,
                        0.8,
                        0.5,
                        0.6,
                        100,
                        20,
                        30,
                        170,
                        10,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "IT");
        Scorecard s =
                new Scorecard(
                        name,
                        1,
                        card,
                        f,
                        List.of(
                                new ScorecardVariable(
                                        "TAX_MONTHS", 0, "NUMERIC", 2, 0.4, true, null, -0.9, 0.1),
                                new ScorecardVariable(
                                        "CREDIT_PAST_DUE_NOW",
                                        1,
                                        "NUMERIC",
                                        3,
                                        0.5,
                                        true,
                                        null,
                                        -1.0,
                                        0.1)),
                        List.of(
                                new ScoreBandRecord(1, 30, 100, 100, 25, 0.25, 0.2),
                                new ScoreBandRecord(2, 110, 170, 130, 5, 0.04, 0.05)),
                        "it-trainer",
                        Instant.now());
        em.persist(s);
        em.createQuery("select c from Scorecard c where c.status = :s", Scorecard.class)
                .setParameter(
                        "s", com.microcredit.origination.domain.scorecard.ScorecardStatus.CHAMPION)
                .getResultList()
                .forEach(Scorecard::standDown);
        s.activate(ActivationRole.CHAMPION, Instant.now());
        em.flush();
        return s.getId();
    }

    /**
     * A pending activation of a (retired) hand-made card, proposed by {@code proposer} as stored
     * (e.g. in capitals): the id of the activation.
     */
    public long pendingActivation(String proposer, String reason) {
        long card = champion("it-mc-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        retire(card);
        ScorecardActivation a =
                new ScorecardActivation(
                        card, ActivationRole.CHALLENGER, reason, proposer, Instant.now());
        em.persist(a);
        em.flush();
        return a.getId();
    }

    public void retire(long scorecardId) {
        em.find(Scorecard.class, scorecardId).standDown();
    }

    public void expiredConsent(long borrowerId) {
        LocalDate today = LocalDate.now(OriginationFixture.BANK_ZONE);
        em.persist(
                new DataConsent(
                        borrowerId,
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        EnumSet.allOf(DataSource.class),
                        today.minusDays(1),
                        "IT-EXPIRED",
                        "it",
                        Instant.now().minus(Duration.ofDays(60)),
                        today.minusDays(60)));
    }

    public void expiredAnswer(long borrowerId) {
        Instant fetched = Instant.now().minus(Duration.ofHours(30));
        em.persist(
                new CachedResponse(
                        borrowerId,
                        DataSource.WATER,
                        "table",
                        List.of(
                                new Observation(
                                        DataSource.WATER,
                                        LocalDate.now().withDayOfMonth(1),
                                        "M3",
                                        BigDecimal.TEN)),
                        fetched,
                        fetched.plus(Duration.ofHours(24))));
    }
}
