package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;

/**
 * The law-of-large-numbers programme: its ceiling {@code C = A × L / (PD × LGD)}, realised versus
 * assumed defaults, recalibration under dual control, and the loss tail under correlated defaults.
 */
@Local
public interface BlindLendingService {

    ProgrammeView programme();

    CalibrationView proposeCalibration(ProposeCalibration command);

    /** Applies new parameters (and the ceiling they imply) and reopens a suspended programme. */
    CalibrationView approveCalibration(long calibrationId, String note);

    CalibrationView rejectCalibration(long calibrationId, String note);

    List<CalibrationView> calibrations(int max);

    /**
     * Simulates losses of the live blind pool under a one-factor (Vasicek) model with the given
     * asset correlation, against the tolerated loss.
     */
    LossTailView simulateLossTail(BigDecimal assetCorrelation, int scenarios);
}
