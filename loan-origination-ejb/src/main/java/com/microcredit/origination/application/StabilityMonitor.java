package com.microcredit.origination.application;

import com.microcredit.origination.api.StabilityView;
import com.microcredit.origination.domain.scorecard.ScoreBandRecord;
import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.PopulationStability;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import java.util.ArrayList;
import java.util.List;

/**
 * Population stability of one scorecard: the training sample's distribution (counts per bin, and
 * per training score band) against a recent population given as each applicant's bins and score.
 * Score bands: band k covers scores from its lowest training score up to the next band's lowest.
 */
final class StabilityMonitor {

    private StabilityMonitor() {}

    static StabilityView measure(
            long scorecardId,
            String label,
            List<ScoreBandRecord> bands,
            PointsScorecard card,
            String population,
            List<int[]> recentBins,
            List<Integer> recentScores,
            double threshold) {
        List<StabilityView.Variable> variables = new ArrayList<>();
        if (recentBins.isEmpty()) {
            card.characteristics()
                    .forEach(c -> variables.add(new StabilityView.Variable(c.name(), 0, false)));
            return new StabilityView(
                    scorecardId, label, population, 0, threshold, null, false, variables);
        }
        boolean alert = false;
        for (int j = 0; j < card.characteristics().size(); j++) {
            Characteristic c = card.characteristics().get(j);
            long[] expected = c.bins().stream().mapToLong(ScorecardBin::count).toArray();
            long[] actual = new long[expected.length];
            for (int[] bins : recentBins) {
                actual[bins[j]]++;
            }
            double psi = PopulationStability.index(expected, actual);
            alert |= psi > threshold;
            variables.add(new StabilityView.Variable(c.name(), psi, psi > threshold));
        }
        long[] expected = bands.stream().mapToLong(ScoreBandRecord::getApplicants).toArray();
        long[] actual = new long[expected.length];
        for (int score : recentScores) {
            int band = 0;
            while (band + 1 < bands.size() && score >= bands.get(band + 1).getFromScore()) {
                band++;
            }
            actual[band]++;
        }
        double scorePsi = PopulationStability.index(expected, actual);
        alert |= scorePsi > threshold;
        return new StabilityView(
                scorecardId,
                label,
                population,
                recentBins.size(),
                threshold,
                scorePsi,
                alert,
                variables);
    }
}
