package com.microcredit.origination.domain.decision;

import java.util.List;

/**
 * An evaluator's answer: the path's result, and hard stops it found on the way (facts that forbid
 * lending whatever other paths say, e.g. a blocked group or a court enforcement record).
 */
public record PathEvaluation(PathResult result, List<String> hardStops) {

    public PathEvaluation {
        hardStops = List.copyOf(hardStops);
    }

    public static PathEvaluation of(PathResult result) {
        return new PathEvaluation(result, List.of());
    }
}
