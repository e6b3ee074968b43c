package com.microcredit.origination.application;

import com.microcredit.origination.domain.scorecard.ActivationRole;
import com.microcredit.origination.domain.scorecard.RecordedScore;
import com.microcredit.origination.domain.scorecard.Scorecard;
import com.microcredit.origination.domain.scorecard.ScorecardStatus;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.ScoreResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The champion and the challenger at decision time. A stored scorecard never changes, so its points
 * card is built once per server and kept by id; which card is champion is read in the decision's
 * transaction, so an approved activation takes effect on the next decision.
 */
@ApplicationScoped
public class ActiveScorecards {

    /** A scorecard at work: its id, "name vN" and the points card. */
    public record Active(long id, String label, PointsScorecard card) {

        /** Scores the applicant's gateway facts and records the score for this application. */
        public ScoreResult scoreAndRecord(
                EntityManager em,
                ActivationRole role,
                Map<String, String> facts,
                long applicationId,
                long borrowerId,
                int maxReasons,
                Instant at) {
            int[] bins = card.binsOf(facts);
            ScoreResult result = card.result(bins, maxReasons);
            em.persist(
                    new RecordedScore(
                            id,
                            role,
                            applicationId,
                            borrowerId,
                            at,
                            result.score(),
                            result.probabilityOfDefault(),
                            result.reasonCodes(),
                            bins));
            return result;
        }
    }

    private final Map<Long, PointsScorecard> cards = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public Optional<Active> champion() {
        return active(ScorecardStatus.CHAMPION);
    }

    public Optional<Active> challenger() {
        return active(ScorecardStatus.CHALLENGER);
    }

    private Optional<Active> active(ScorecardStatus status) {
        return em.createQuery(
                        "select s from Scorecard s where s.status = :s order by s.activatedAt desc",
                        Scorecard.class)
                .setParameter("s", status)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(s -> new Active(s.getId(), s.label(), card(s)));
    }

    public PointsScorecard card(Scorecard s) {
        return cards.computeIfAbsent(s.getId(), id -> s.pointsScorecard());
    }
}
