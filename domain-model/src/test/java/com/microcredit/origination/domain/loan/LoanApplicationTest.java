package com.microcredit.origination.domain.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.decision.Decision;
import com.microcredit.origination.domain.decision.DecisionOutcome;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.PathResult;
import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.ApprovalState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoanApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static LoanApplication referred(String preparer) {
        LoanApplication a =
                new LoanApplication(
                        7L,
                        "ELECTRICITY_LOAN",
                        new BigDecimal("80000.00"),
                        "CNY",
                        12,
                        RepaymentMethod.EQUAL_INSTALMENT,
                        "stock",
                        "BRANCH",
                        null,
                        preparer,
                        NOW);
        a.recordDecision(
                new Decision(
                        DecisionOutcome.REFER,
                        "SCORE_GREY_ZONE",
                        List.of("COURT_JUDGMENTS"),
                        Set.of(InformationPath.BIG_DATA)),
                List.of(
                        PathResult.available(
                                InformationPath.BIG_DATA, CodedText.plain("score 525"))),
                525,
                new BigDecimal("0.070000"),
                null,
                TODAY.plusDays(14),
                NOW);
        return a;
    }

    @Test
    void makerEqualsCheckerIsRefused() {
        LoanApplication a = referred("officer");
        for (String same : List.of("officer", "OFFICER", " Officer ")) {
            for (boolean approve : List.of(true, false)) {
                ApprovalRefusal e =
                        assertThrows(
                                ApprovalRefusal.class,
                                () -> a.reviewReferral(same, approve, "fine", TODAY, NOW));
                assertEquals(ApprovalRefusal.SAME_PERSON, e.code());
            }
        }
        assertEquals(ApplicationStatus.REFERRED, a.getStatus());
        assertTrue(a.getReferralReview().isPending());
        assertNull(a.getReviewedBy());
    }

    @Test
    void anotherOfficerDecidesTheReferralAndTheAutomaticOutcomeIsKept() {
        LoanApplication a = referred("staff");
        a.reviewReferral(
                "officer", true, "Judgment settled, receipts seen", TODAY.plusDays(14), NOW);
        assertEquals(ApplicationStatus.APPROVED, a.getStatus());
        assertEquals(DecisionOutcome.APPROVE, a.getOutcome());
        assertEquals(DecisionOutcome.REFER, a.getAutomaticOutcome());
        assertEquals("officer", a.getReviewedBy());
        assertEquals(ApprovalState.APPROVED, a.getReferralReview().state());
        assertEquals("staff", a.getReferralReview().maker());
    }

    @Test
    void aReviewNeedsANote() {
        assertThrows(
                IllegalArgumentException.class,
                () -> referred("staff").reviewReferral("officer", false, " ", TODAY, NOW));
    }

    @Test
    void aDecisionIsRecordedOnce() {
        LoanApplication a = referred("staff");
        assertThrows(
                ApplicationStateException.class,
                () ->
                        a.recordDecision(
                                new Decision(
                                        DecisionOutcome.DECLINE,
                                        "NO_INFORMATION",
                                        List.of(),
                                        Set.of()),
                                List.of(),
                                null,
                                null,
                                null,
                                TODAY,
                                NOW));
    }

    @Test
    void anExpiredOfferCannotBeAccepted() {
        LoanApplication a = referred("staff");
        a.reviewReferral("officer", true, "ok", TODAY.plusDays(14), NOW);
        List<ScheduledInstalment> schedule =
                List.of(
                        new ScheduledInstalment(
                                1,
                                TODAY.plusMonths(1),
                                new BigDecimal("80000.00"),
                                BigDecimal.ONE,
                                new BigDecimal("80001.00"),
                                BigDecimal.ZERO));
        ApplicationStateException e =
                assertThrows(
                        ApplicationStateException.class,
                        () -> a.accept(schedule, TODAY.plusDays(15), NOW));
        assertEquals("OFFER_EXPIRED", e.code());
    }
}
