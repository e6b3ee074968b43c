package com.microcredit.supplychain.domain.health;

import com.microcredit.supplychain.domain.hub.HubStatus;
import java.util.List;

/**
 * The status a reading of indicators implies and the indicator findings that drove it (empty when
 * NORMAL).
 */
public record HealthAssessment(HubStatus status, List<String> findings) {

    public HealthAssessment {
        findings = List.copyOf(findings);
    }

    /**
     * The findings as one reason line for the audit trail, e.g. "LATE_PAYMENTS 35.00 % ≥ 30.00 %;
     * COURT_EVENTS 2 ≥ 2".
     */
    public String reason() {
        return findings.isEmpty()
                ? "All indicators within NORMAL thresholds"
                : String.join("; ", findings);
    }
}
