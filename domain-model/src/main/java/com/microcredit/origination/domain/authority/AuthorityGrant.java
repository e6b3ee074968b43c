package com.microcredit.origination.domain.authority;

/**
 * Who approved under which authority: recorded with the approval, so an auditor sees the matrix
 * version and the rule that allowed it.
 *
 * @param approver the approving user
 * @param grade the approver's grade at the time
 * @param matrixVersion the matrix version in force
 * @param ruleId the rule of that version that covered the case
 */
public record AuthorityGrant(
        String approver, ApproverGrade grade, int matrixVersion, String ruleId) {}
