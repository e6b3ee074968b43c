package com.microcredit.origination.application;

import com.microcredit.origination.api.ActivationView;
import com.microcredit.origination.api.ScorecardView;
import com.microcredit.origination.domain.scorecard.Scorecard;
import com.microcredit.origination.domain.scorecard.ScorecardActivation;
import com.microcredit.origination.domain.scorecard.TrainingRecord;
import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.GatewayFacts;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import java.util.ArrayList;
import java.util.List;

/** Scorecards and activations as API records. */
final class ScorecardViews {

    private ScorecardViews() {}

    static ScorecardView view(Scorecard s, PointsScorecard card) {
        TrainingRecord t = s.training();
        int[] c = t.confusion();
        List<ScorecardView.Bin> bins = new ArrayList<>();
        for (Characteristic ch : card.characteristics()) {
            ch.bins()
                    .forEach(
                            b ->
                                    bins.add(
                                            new ScorecardView.Bin(
                                                    ch.name(),
                                                    b.ordinal(),
                                                    b.label(),
                                                    b.goods(),
                                                    b.bads(),
                                                    b.count() == 0
                                                            ? 0
                                                            : (double) b.bads() / b.count(),
                                                    b.woe(),
                                                    b.points())));
        }
        return new ScorecardView(
                s.getId(),
                s.getName(),
                s.getVersionNumber(),
                s.label(),
                s.getStatus().name(),
                t.getDataSet(),
                t.getTargetColumn(),
                t.getBadValue(),
                t.getSampleRows(),
                t.getGoods(),
                t.getBads(),
                card.scaling().baseScore(),
                card.scaling().baseOdds(),
                card.scaling().pointsToDouble(),
                t.getAuc(),
                t.getKs(),
                t.getGini(),
                t.getCvMeanAuc(),
                t.getCvSdAuc(),
                t.getCvFolds(),
                t.getCvRepeats(),
                t.getCvSeed(),
                t.getCutoffScore(),
                c[0],
                c[1],
                c[2],
                c[3],
                s.isMapsToGateway(),
                GatewayFacts.unmapped(card.variableNames()),
                s.getTrainedBy(),
                s.getTrainedAt(),
                s.getActivatedAt(),
                card.minScore(),
                card.maxScore(),
                s.getVariables().stream()
                        .map(
                                v ->
                                        new ScorecardView.Variable(
                                                v.getVariable(),
                                                v.getKind(),
                                                v.getBinCount(),
                                                v.getInformationValue(),
                                                v.isSelected(),
                                                v.getExclusion(),
                                                v.getCoefficient(),
                                                v.getStandardError()))
                        .toList(),
                bins,
                s.getBands().stream()
                        .map(
                                b ->
                                        new ScorecardView.Band(
                                                b.getBand(),
                                                b.getFromScore(),
                                                b.getToScore(),
                                                b.getApplicants(),
                                                b.getBads(),
                                                b.getObservedBadRate(),
                                                b.getPredictedPd()))
                        .toList());
    }

    static ActivationView view(ScorecardActivation a, String label) {
        return new ActivationView(
                a.getId(),
                a.getScorecardId(),
                label,
                a.getRole().name(),
                a.approval().state().name(),
                a.getReason(),
                a.approval().maker(),
                a.approval().madeAt(),
                a.approval().checker(),
                a.approval().checkedAt(),
                a.approval().note());
    }
}
