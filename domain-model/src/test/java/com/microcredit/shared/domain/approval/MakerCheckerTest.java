package com.microcredit.shared.domain.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.FieldRefusal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MakerCheckerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    @ParameterizedTest
    @ValueSource(strings = {"risk", "RISK", "Risk", " risk", "risk ", "\trIsK\n"})
    void theMakerMayNotApproveInAnyCaseOrSpacing(String checker) {
        MakerChecker m = MakerChecker.propose("risk", T0);
        ApprovalRefusal e =
                assertThrows(ApprovalRefusal.class, () -> m.approve(checker, T1, "fine"));
        assertEquals(ApprovalRefusal.SAME_PERSON, e.code());
        assertEquals(List.of(checker.strip()), e.arguments());
        assertTrue(m.isPending(), "a refused approval changes nothing");
        assertNull(m.checker());
        assertThrows(ApprovalRefusal.class, () -> m.approveAndApply(checker, T1, null));
    }

    @Test
    void sameIdentityIsTrimmedCaseInsensitiveAndLocaleIndependent() {
        assertTrue(MakerChecker.sameIdentity("risk", " RISK "));
        assertTrue(MakerChecker.sameIdentity("ÉLISE", "élise"));
        assertFalse(MakerChecker.sameIdentity("risk", "risk2"));
        assertFalse(MakerChecker.sameIdentity("risk", null));
        assertTrue(MakerChecker.sameIdentity(null, null));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertTrue(MakerChecker.sameIdentity("OFFICER", "officer"), "dotless i in Turkish");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aDifferentPersonApprovesOnce() {
        MakerChecker m = MakerChecker.propose(" risk ", T0);
        assertEquals("risk", m.maker());
        m.approve("risk2", T1, "  seen  ");
        assertEquals(ApprovalState.APPROVED, m.state());
        assertEquals("risk2", m.checker());
        assertEquals(T1, m.checkedAt());
        assertEquals("seen", m.note());
        assertFalse(m.isPending());

        ApprovalRefusal twice =
                assertThrows(ApprovalRefusal.class, () -> m.approve("risk3", T1, null));
        assertEquals(ApprovalRefusal.ALREADY_DECIDED, twice.code());
        assertEquals(List.of("APPROVED"), twice.arguments());
        assertThrows(ApprovalRefusal.class, () -> m.reject("risk3", T1, null));
        assertEquals("risk2", m.checker(), "a decided approval stays decided");
    }

    @Test
    void approveAndApplyIsAppliedUnderTheSameRule() {
        MakerChecker m = MakerChecker.propose("risk", T0);
        m.approveAndApply("risk2", T1, null);
        assertEquals(ApprovalState.APPLIED, m.state());
        assertNull(m.note());
    }

    @Test
    void othersWhoTookPartAreExcludedToo() {
        MakerChecker m = MakerChecker.propose("risk", T0);
        ApprovalRefusal e =
                assertThrows(
                        ApprovalRefusal.class, () -> m.approve("Trainer", T1, null, "trainer"));
        assertEquals(ApprovalRefusal.SAME_PERSON, e.code());
        m.approve("risk2", T1, null, "trainer", null);
        assertEquals(ApprovalState.APPROVED, m.state());
    }

    @Test
    void theMakerMayWithdrawAndARejectionIsFinal() {
        MakerChecker m = MakerChecker.propose("risk", T0);
        ApprovalRefusal own =
                assertThrows(ApprovalRefusal.class, () -> m.reject(" Risk", T1, "no"));
        assertEquals(ApprovalRefusal.SAME_PERSON, own.code());
        m.rejectOrWithdraw("RISK", T1, "withdrawn");
        assertEquals(ApprovalState.REJECTED, m.state());
        ApprovalRefusal e = assertThrows(ApprovalRefusal.class, () -> m.approve("risk2", T1, null));
        assertEquals(ApprovalRefusal.ALREADY_DECIDED, e.code());
    }

    @Test
    void makerAndCheckerMustBeIdentified() {
        assertEquals(
                ApprovalRefusal.NO_MAKER,
                assertThrows(ApprovalRefusal.class, () -> MakerChecker.propose(" ", T0)).code());
        assertEquals(
                ApprovalRefusal.NO_MAKER,
                assertThrows(ApprovalRefusal.class, () -> MakerChecker.propose(null, T0)).code());
        MakerChecker m = MakerChecker.propose("risk", T0);
        assertEquals(
                ApprovalRefusal.NO_CHECKER,
                assertThrows(ApprovalRefusal.class, () -> m.approve("  ", T1, null)).code());
        assertEquals(
                ApprovalRefusal.NO_CHECKER,
                assertThrows(ApprovalRefusal.class, () -> m.rejectOrWithdraw(null, T1, null))
                        .code());
        assertTrue(m.isPending());
    }

    @Test
    void aChangeBySystemIsAppliedWithoutACheckerAndCannotBeDecidedAgain() {
        MakerChecker m = MakerChecker.appliedBySystem("mcrc-system", T0);
        assertEquals(ApprovalState.APPLIED, m.state());
        assertEquals("mcrc-system", m.checker());
        assertThrows(ApprovalRefusal.class, () -> m.approve("risk", T1, null));
    }

    @Test
    void aReasonIsRequiredStrippedAndBounded() {
        assertEquals("why", MakerChecker.reason("  why ", 10));
        assertEquals(
                "REQUIRED",
                assertThrows(FieldRefusal.class, () -> MakerChecker.reason(" ", 10)).code());
        FieldRefusal tooLong =
                assertThrows(FieldRefusal.class, () -> MakerChecker.reason("x".repeat(11), 10));
        assertEquals("TOO_LONG", tooLong.code());
        assertEquals("reason", tooLong.field());
    }

    @Test
    void theRefusalMessageIsTheCodeNeverASentence() {
        ApprovalRefusal e = new ApprovalRefusal(ApprovalRefusal.SAME_PERSON, "risk");
        assertEquals("APPROVAL_SAME_PERSON [risk]", e.getMessage());
    }
}
