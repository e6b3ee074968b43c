package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Scorecards trained on data. A risk manager trains a versioned scorecard from a CSV or ARFF data
 * set (binning, weight of evidence, variable selection, penalised logistic regression, points
 * scaling) and sees its report; a scorecard whose characteristics are all data-gateway facts can be
 * put to work as the champion (it scores the big-data path in place of the expert card) or the
 * challenger (scored side by side, decides nothing) – proposed by one risk manager, approved by
 * another who neither proposed nor trained it. Population stability of the score and of each
 * characteristic is monitored between the training sample and recent applications, with an alert
 * above the threshold. Refusals: {@link InvalidInputException} (field and message) for a data set
 * or setting that cannot train, {@link DecisionRefusedException} (the one maker-checker's {@code
 * APPROVAL_*} codes, {@code NOT_SCORABLE}, {@code WRONG_STATE}) for an activation the rules forbid.
 */
@Local
public interface ScorecardService {

    /**
     * Columns of an uploaded data set with their kind and first distinct values, to choose the
     * target and bad value.
     */
    DataSetPreview preview(String fileName, byte[] content);

    /** Trains, stores and returns the next version of the named scorecard (RISK_MANAGER). */
    ScorecardView train(TrainScorecard command);

    /** Every stored scorecard, newest first. */
    List<ScorecardView> list();

    Optional<ScorecardView> find(long scorecardId);

    /** role: CHAMPION or CHALLENGER (RISK_MANAGER). */
    ActivationView proposeActivation(long scorecardId, String role, String reason);

    /**
     * Puts the scorecard to work; refused to the proposer and to the card's trainer (RISK_MANAGER).
     */
    ActivationView approveActivation(long activationId, String note);

    ActivationView rejectActivation(long activationId, String note);

    /** Pending activations first, then the most recent decided ones. */
    List<ActivationView> activations(int max);

    /**
     * Stability of a scorecard's population: training sample against its recorded scores of the
     * monitoring window.
     */
    StabilityView stability(long scorecardId);

    /**
     * Stability against a data set of recent applicants with the scorecard's columns (e.g. for the
     * benchmark card).
     */
    StabilityView stabilityAgainst(long scorecardId, String fileName, byte[] content);

    /** Recent applications scored by both the champion and the challenger, newest first. */
    List<SideBySideView> sideBySide(int max);
}
