package com.microcredit.supplychain.domain.health;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.supplychain.domain.hub.HubStatus;
import java.util.List;

/**
 * The status a reading of indicators implies and the indicator findings that drove it (empty when
 * NORMAL).
 */
public record HealthAssessment(HubStatus status, List<CodedText> findings) {

    public HealthAssessment {
        findings = List.copyOf(findings);
    }

    /**
     * The findings as the stored form of coded texts (ADR 0027), cut to {@code max} characters;
     * HUB_INDICATORS_NORMAL when there are none.
     */
    public String reason(int max) {
        return CodedText.storedList(
                findings.isEmpty() ? List.of(CodedText.of("HUB_INDICATORS_NORMAL")) : findings,
                max);
    }
}
