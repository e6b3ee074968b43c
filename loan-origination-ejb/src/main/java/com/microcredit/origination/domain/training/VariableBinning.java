package com.microcredit.origination.domain.training;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import java.util.List;

/**
 * The coarse classes of one candidate variable with their weight of evidence and the variable's
 * information value.
 */
public record VariableBinning(
        String variable,
        Characteristic.Kind kind,
        List<ScorecardBin> bins,
        double informationValue,
        boolean monotonic) {

    public Characteristic characteristic() {
        return new Characteristic(variable, kind, bins);
    }
}
