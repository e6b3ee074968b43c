package com.microcredit.origination.domain.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A data set with its outcome: rows whose target is missing are left out; bad[i] is 1 for the bad
 * value.
 */
record Labelled(DataSet data, int[] bad, int bads) {

    static Labelled of(DataSet data, String target, String badValue) {
        if (target == null || !data.columns().contains(target)) {
            throw new TrainingException(
                    "The data set has no column " + target + "; columns: " + data.columns());
        }
        int t = data.index(target);
        if (badValue == null || !data.distinct(target).contains(badValue)) {
            throw new TrainingException(
                    "The target "
                            + target
                            + " never takes the bad value "
                            + badValue
                            + "; values: "
                            + data.distinct(target));
        }
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            if (data.value(r, t) != null) {
                kept.add(r);
            }
        }
        DataSet rows =
                kept.size() == data.size()
                        ? data
                        : data.subset(kept.stream().mapToInt(Integer::intValue).toArray());
        int[] bad =
                IntStream.range(0, rows.size())
                        .map(r -> badValue.equals(rows.value(r, t)) ? 1 : 0)
                        .toArray();
        int bads = IntStream.of(bad).sum();
        if (rows.size() < ScorecardTrainer.MIN_ROWS
                || bads < ScorecardTrainer.MIN_PER_CLASS
                || rows.size() - bads < ScorecardTrainer.MIN_PER_CLASS) {
            throw new TrainingException(
                    "Too little data: "
                            + rows.size()
                            + " rows with "
                            + bads
                            + " bad and "
                            + (rows.size() - bads)
                            + " good; at least "
                            + ScorecardTrainer.MIN_ROWS
                            + " rows and "
                            + ScorecardTrainer.MIN_PER_CLASS
                            + " of each are needed");
        }
        return new Labelled(rows, bad, bads);
    }
}
