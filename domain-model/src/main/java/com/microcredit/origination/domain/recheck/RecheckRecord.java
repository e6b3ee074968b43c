package com.microcredit.origination.domain.recheck;

import com.microcredit.shared.domain.CodedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One condition as it was evaluated again at one acceptance attempt: kept whether it held or not,
 * so the decision page shows what was re-checked and when, and an auditor sees why an acceptance
 * was refused. Findings are coded texts (ADR 0027).
 */
@Entity
@Table(name = "application_recheck")
public class RecheckRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, length = 64)
    private String checkedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_condition", nullable = false, length = 32)
    private RecheckCondition condition;

    @Column(name = "holds", nullable = false)
    private boolean holds;

    @Column(name = "findings", nullable = false, length = 1000)
    private String findings;

    protected RecheckRecord() {}

    public RecheckRecord(long applicationId, Instant at, String by, RecheckResult result) {
        this.applicationId = applicationId;
        this.checkedAt = at;
        this.checkedBy = by;
        this.condition = result.condition();
        this.holds = result.holds();
        this.findings = CodedText.storedList(result.findings(), 1000);
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public RecheckCondition getCondition() {
        return condition;
    }

    public boolean holds() {
        return holds;
    }

    public List<CodedText> findings() {
        return CodedText.parseList(findings);
    }

    /** The findings in their stored form, for views that render coded texts. */
    public String getStoredFindings() {
        return findings;
    }
}
