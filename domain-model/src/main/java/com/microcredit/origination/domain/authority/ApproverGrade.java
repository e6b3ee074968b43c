package com.microcredit.origination.domain.authority;

/**
 * An approver's grade, lowest first: a higher grade holds every authority of the lower grades (a
 * branch head may approve what a junior officer may). Stored by name.
 */
public enum ApproverGrade {
    /** Credit officer, first grade (初级审批人). */
    OFFICER_JUNIOR,
    /** Credit officer, senior grade (高级审批人). */
    OFFICER_SENIOR,
    /** Head of the branch (支行行长). */
    BRANCH_HEAD,
    /** Head-office risk management (总行风险管理部); above it only the credit committee. */
    HEAD_OFFICE_RISK;

    /** Whether this grade holds the authority of {@code other} (same or higher). */
    public boolean covers(ApproverGrade other) {
        return compareTo(other) >= 0;
    }
}
