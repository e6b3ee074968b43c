/**
 * Approval authority (分级审批, 审贷分离; domain guide §9): who may approve what. A versioned {@link
 * com.microcredit.origination.domain.authority.AuthorityMatrix} of rules (grade × product × amount
 * × the borrower's total exposure after the loan × score band × information path × exceptions)
 * grants an approver of a grade the authority for an {@link
 * com.microcredit.origination.domain.authority.ApprovalCase}, names the rule and version that
 * allowed it, or routes the case to the lowest grade that has the authority; above the highest
 * individual grade a {@link com.microcredit.origination.domain.authority.CommitteeSitting} decides
 * (quorum, two-thirds rule, conflicts of interest). Pure rules: the application layer loads the
 * matrix version in force and records the grant.
 */
package com.microcredit.origination.domain.authority;
