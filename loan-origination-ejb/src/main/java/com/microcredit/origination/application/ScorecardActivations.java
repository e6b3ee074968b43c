package com.microcredit.origination.application;

import com.microcredit.origination.api.ActivationView;
import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.domain.scorecard.ActivationRole;
import com.microcredit.origination.domain.scorecard.Scorecard;
import com.microcredit.origination.domain.scorecard.ScorecardActivation;
import com.microcredit.origination.domain.scorecard.ScorecardStatus;
import com.microcredit.origination.domain.scorecard.ScorecardUnfitException;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.ApprovalState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Putting a scorecard to work under the one maker-checker: propose, approve (the card takes its
 * role and the one it replaces stands down), reject, list. Runs in the transaction of {@link
 * ScorecardServiceBean}, which checks the roles and names the caller; refusals of the domain come
 * back as the API's coded exceptions.
 */
@ApplicationScoped
public class ScorecardActivations {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    /** Proposes {@code s} as champion or challenger (RISK_MANAGER checked by the caller). */
    public ActivationView propose(Scorecard s, String role, String reason, String maker) {
        long scorecardId = s.getId();
        ActivationRole r;
        try {
            r = ActivationRole.valueOf(role);
        } catch (RuntimeException e) {
            throw new InvalidInputException("role", "NOT_ONE_OF", "CHAMPION, CHALLENGER");
        }
        if (!s.isMapsToGateway()) {
            throw new DecisionRefusedException("NOT_SCORABLE", s.label());
        }
        if (s.getStatus() == ScorecardStatus.RETIRED || s.getStatus().name().equals(r.name())) {
            throw new DecisionRefusedException("WRONG_STATE", s.label(), s.getStatus());
        }
        long pending =
                em.createQuery(
                                "select count(a) from ScorecardActivation a where a.scorecardId ="
                                        + " :s and a.approval.state = :p",
                                Long.class)
                        .setParameter("s", scorecardId)
                        .setParameter("p", ApprovalState.PROPOSED)
                        .getSingleResult();
        if (pending > 0) {
            throw new DecisionRefusedException("ACTIVATION_PENDING", s.label());
        }
        try {
            ScorecardActivation a =
                    new ScorecardActivation(scorecardId, r, reason, maker, clock.instant());
            em.persist(a);
            em.flush();
            return ScorecardViews.view(a, s.label());
        } catch (FieldRefusal e) {
            throw new InvalidInputException(e.field(), e.code(), e.arguments().toArray());
        } catch (ApprovalRefusal e) {
            throw new DecisionRefusedException(e.code(), e.arguments().toArray());
        }
    }

    /** A second risk manager approves: the card takes its role, the one it replaces stands down. */
    public ActivationView approve(long activationId, String note, String checker) {
        ScorecardActivation a = loadActivation(activationId);
        Scorecard s = em.find(Scorecard.class, a.getScorecardId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        try {
            a.approve(checker, s.getTrainedBy(), now, note);
            ScorecardStatus replaced =
                    a.getRole() == ActivationRole.CHAMPION
                            ? ScorecardStatus.CHAMPION
                            : ScorecardStatus.CHALLENGER;
            em.createQuery(
                            "select s from Scorecard s where s.status = :st and s.id <> :id",
                            Scorecard.class)
                    .setParameter("st", replaced)
                    .setParameter("id", s.getId())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(Scorecard::standDown);
            s.activate(a.getRole(), now);
            em.flush();
            return ScorecardViews.view(a, s.label());
        } catch (ApprovalRefusal e) {
            throw new DecisionRefusedException(e.code(), e.arguments().toArray());
        } catch (ScorecardUnfitException e) {
            throw new DecisionRefusedException("SCORECARD_UNFIT", s.label()).because(e);
        }
    }

    /** Rejected by a checker or withdrawn by the proposer. */
    public ActivationView reject(long activationId, String note, String checker) {
        ScorecardActivation a = loadActivation(activationId);
        try {
            a.reject(checker, clock.instant(), note);
            return ScorecardViews.view(a, em.find(Scorecard.class, a.getScorecardId()).label());
        } catch (ApprovalRefusal e) {
            throw new DecisionRefusedException(e.code(), e.arguments().toArray());
        }
    }

    /** The latest activations, pending first. */
    public List<ActivationView> list(int max) {
        List<ScorecardActivation> all =
                em.createQuery(
                                "select a from ScorecardActivation a order by a.id desc",
                                ScorecardActivation.class)
                        .setMaxResults(Math.max(1, Math.min(max, 500)))
                        .getResultList();
        Map<Long, String> labels = new HashMap<>();
        return all.stream()
                .sorted(Comparator.comparing((ScorecardActivation a) -> !a.approval().isPending()))
                .map(
                        a ->
                                ScorecardViews.view(
                                        a,
                                        labels.computeIfAbsent(
                                                a.getScorecardId(),
                                                id -> em.find(Scorecard.class, id).label())))
                .toList();
    }

    private ScorecardActivation loadActivation(long id) {
        ScorecardActivation a =
                em.find(ScorecardActivation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new InvalidInputException("activationId", "UNKNOWN_REFERENCE");
        }
        return a;
    }
}
