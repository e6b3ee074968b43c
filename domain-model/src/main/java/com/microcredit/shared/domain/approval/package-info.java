/**
 * The one four-eyes approval of every context: {@link
 * com.microcredit.shared.domain.approval.MakerChecker} (an embeddable: maker, checker, when, the
 * decision and its note), its one rule for "the same person" and its one refusal {@link
 * com.microcredit.shared.domain.approval.ApprovalRefusal} (a code with arguments). Limit changes
 * and ceiling recalibrations, hub status changes, scorecard activations and referral reviews embed
 * it; approvals yet to come (write-off, restructuring, credit committee) embed it too. See ADR
 * 0023.
 */
package com.microcredit.shared.domain.approval;
