package com.microcredit.origination.domain.decision;

import java.util.List;
import java.util.Set;

/** The policy's answer: outcome, the rule that decided, reason codes and the paths relied on. */
public record Decision(
        DecisionOutcome outcome,
        String decidingRule,
        List<String> reasonCodes,
        Set<InformationPath> pathsUsed) {

    public Decision {
        reasonCodes = List.copyOf(reasonCodes);
        pathsUsed = Set.copyOf(pathsUsed);
        if (outcome == DecisionOutcome.APPROVE && pathsUsed.isEmpty()) {
            throw new IllegalStateException(
                    "no information, no loan: an approval needs an AVAILABLE path");
        }
    }
}
