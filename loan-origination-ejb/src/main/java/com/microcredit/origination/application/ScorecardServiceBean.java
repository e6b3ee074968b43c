package com.microcredit.origination.application;

import com.microcredit.origination.api.ActivationView;
import com.microcredit.origination.api.DataSetPreview;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.ScorecardService;
import com.microcredit.origination.api.ScorecardView;
import com.microcredit.origination.api.SideBySideView;
import com.microcredit.origination.api.StabilityView;
import com.microcredit.origination.api.TrainScorecard;
import com.microcredit.origination.domain.scorecard.ActivationRole;
import com.microcredit.origination.domain.scorecard.RecordedScore;
import com.microcredit.origination.domain.scorecard.Scorecard;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.training.DataSet;
import com.microcredit.origination.domain.training.ScorecardTrainer;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed({"RISK_MANAGER", "CREDIT_OFFICER", "AUDITOR"})
public class ScorecardServiceBean implements ScorecardService {

    private static final int PREVIEW_VALUES = 20;

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext session;

    @Inject private ActiveScorecards active;

    @Inject private ScorecardActivations activationDesk;

    @Inject
    @ConfigProperty(name = "mcrc.scorecard.psi-alert")
    double psiAlert;

    @Inject
    @ConfigProperty(name = "mcrc.scorecard.psi-window-days")
    int psiWindowDays;

    @Override
    @RolesAllowed("RISK_MANAGER")
    public DataSetPreview preview(String fileName, byte[] content) {
        DataSet d = ScorecardTraining.read(fileName, content);
        List<DataSetPreview.Column> columns = new ArrayList<>();
        for (String c : d.columns()) {
            List<String> values = new ArrayList<>(d.distinct(c));
            columns.add(
                    new DataSetPreview.Column(
                            c,
                            d.kind(c).name(),
                            values.size(),
                            List.copyOf(
                                    values.subList(0, Math.min(PREVIEW_VALUES, values.size())))));
        }
        return new DataSetPreview(d.name(), d.size(), columns);
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public ScorecardView train(TrainScorecard command) {
        if (command.name() == null
                || command.name().isBlank()
                || command.name().strip().length() > 64) {
            throw new InvalidInputException("name", "SCORECARD_NAME", 64);
        }
        if (command.target() == null || command.target().isBlank()) {
            throw new InvalidInputException("target", "REQUIRED");
        }
        if (command.badValue() == null || command.badValue().isBlank()) {
            throw new InvalidInputException("badValue", "TRAINING_BAD_VALUE_REQUIRED");
        }
        DataSet data = ScorecardTraining.read(command.fileName(), command.content());
        Integer latest =
                em.createQuery(
                                "select max(s.versionNumber) from Scorecard s where s.name = :n",
                                Integer.class)
                        .setParameter("n", command.name().strip())
                        .getSingleResult();
        Scorecard s =
                ScorecardTraining.train(
                        data, command, latest == null ? 1 : latest + 1, caller(), clock.instant());
        em.persist(s);
        em.flush();
        return ScorecardViews.view(s, active.card(s));
    }

    @Override
    public List<ScorecardView> list() {
        return em
                .createQuery(
                        "select s from Scorecard s order by s.trainedAt desc, s.id desc",
                        Scorecard.class)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(s -> ScorecardViews.view(s, active.card(s)))
                .toList();
    }

    @Override
    public Optional<ScorecardView> find(long scorecardId) {
        return Optional.ofNullable(em.find(Scorecard.class, scorecardId))
                .map(s -> ScorecardViews.view(s, active.card(s)));
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public ActivationView proposeActivation(long scorecardId, String role, String reason) {
        return activationDesk.propose(load(scorecardId), role, reason, caller());
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public ActivationView approveActivation(long activationId, String note) {
        return activationDesk.approve(activationId, note, caller());
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public ActivationView rejectActivation(long activationId, String note) {
        return activationDesk.reject(activationId, note, caller());
    }

    @Override
    public List<ActivationView> activations(int max) {
        return activationDesk.list(max);
    }

    @Override
    public StabilityView stability(long scorecardId) {
        Scorecard s = load(scorecardId);
        Instant since = clock.instant().minus(Duration.ofDays(psiWindowDays));
        List<RecordedScore> recent =
                em.createQuery(
                                "select r from RecordedScore r where r.scorecardId = :s "
                                        + "and r.scoredAt >= :since",
                                RecordedScore.class)
                        .setParameter("s", scorecardId)
                        .setParameter("since", since)
                        .getResultList();
        return StabilityMonitor.measure(
                s.getId(),
                s.label(),
                s.getBands(),
                active.card(s),
                "applications of the last " + psiWindowDays + " days",
                recent.stream().map(RecordedScore::bins).toList(),
                recent.stream().map(RecordedScore::getScore).toList(),
                psiAlert);
    }

    @Override
    public StabilityView stabilityAgainst(long scorecardId, String fileName, byte[] content) {
        Scorecard s = load(scorecardId);
        PointsScorecard card = active.card(s);
        DataSet d = ScorecardTraining.read(fileName, content);
        List<String> missing =
                card.variableNames().stream().filter(v -> !d.columns().contains(v)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(
                    "file", "FILE_LACKS_COLUMNS", String.join(", ", missing));
        }
        List<int[]> bins = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            Map<String, String> applicant = new LinkedHashMap<>();
            for (String v : card.variableNames()) {
                applicant.put(v, d.value(i, d.index(v)));
            }
            bins.add(card.binsOf(applicant));
        }
        List<Integer> scores =
                java.util.Arrays.stream(ScorecardTrainer.scores(card, d))
                        .mapToObj(x -> (int) x)
                        .collect(Collectors.toList());
        return StabilityMonitor.measure(
                s.getId(), s.label(), s.getBands(), card, d.name(), bins, scores, psiAlert);
    }

    @Override
    public List<SideBySideView> sideBySide(int max) {
        List<RecordedScore> challenger =
                em.createQuery(
                                "select r from RecordedScore r where r.role = :r "
                                        + "order by r.scoredAt desc, r.applicationId desc",
                                RecordedScore.class)
                        .setParameter("r", ActivationRole.CHALLENGER)
                        .setMaxResults(Math.max(1, Math.min(max, 500)))
                        .getResultList();
        List<SideBySideView> result = new ArrayList<>();
        Map<Long, String> labels = new HashMap<>();
        for (RecordedScore c : challenger) {
            em.createQuery(
                            "select r from RecordedScore r where r.applicationId = :a and r.role ="
                                    + " :r",
                            RecordedScore.class)
                    .setParameter("a", c.getApplicationId())
                    .setParameter("r", ActivationRole.CHAMPION)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(
                            ch ->
                                    result.add(
                                            new SideBySideView(
                                                    c.getApplicationId(),
                                                    c.getScoredAt(),
                                                    label(labels, ch.getScorecardId()),
                                                    ch.getScore(),
                                                    ch.getProbabilityOfDefault(),
                                                    label(labels, c.getScorecardId()),
                                                    c.getScore(),
                                                    c.getProbabilityOfDefault())));
        }
        return result;
    }

    private String label(Map<Long, String> labels, long id) {
        return labels.computeIfAbsent(id, k -> em.find(Scorecard.class, k).label());
    }

    private Scorecard load(long id) {
        Scorecard s = em.find(Scorecard.class, id);
        if (s == null) {
            throw new InvalidInputException("scorecardId", "UNKNOWN_REFERENCE");
        }
        return s;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
