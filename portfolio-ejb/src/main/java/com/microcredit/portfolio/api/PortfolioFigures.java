package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * Portfolio figures: outstanding, NPL, provisions and coverage, overall and by dimension; trends.
 */
@Local
public interface PortfolioFigures {

    FigureRow total();

    List<FigureRow> by(Breakdown breakdown);

    /** Outstanding by five-category class. */
    List<FigureRow> byCategory();

    /** Records today's headline figures (replacing any taken earlier the same day). */
    SnapshotView takeSnapshot(LocalDate asOf);

    /** Snapshots from the date on, oldest first. */
    List<SnapshotView> trend(LocalDate from);
}
