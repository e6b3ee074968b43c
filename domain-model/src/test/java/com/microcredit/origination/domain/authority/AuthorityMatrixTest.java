package com.microcredit.origination.domain.authority;

import static com.microcredit.origination.domain.authority.ApproverGrade.BRANCH_HEAD;
import static com.microcredit.origination.domain.authority.ApproverGrade.HEAD_OFFICE_RISK;
import static com.microcredit.origination.domain.authority.ApproverGrade.OFFICER_JUNIOR;
import static com.microcredit.origination.domain.authority.ApproverGrade.OFFICER_SENIOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.ScoreBand;
import com.microcredit.shared.domain.FieldRefusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorityMatrixTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    /** The demo bank's starting matrix, in CNY. */
    static final AuthorityMatrix MATRIX =
            new AuthorityMatrix(
                    3,
                    FROM,
                    List.of(
                            rule(
                                    "J1",
                                    OFFICER_JUNIOR,
                                    null,
                                    "100000.00",
                                    "200000.00",
                                    ScoreBand.PASS,
                                    Set.of(),
                                    Set.of()),
                            rule(
                                    "S1",
                                    OFFICER_SENIOR,
                                    null,
                                    "300000.00",
                                    "500000.00",
                                    ScoreBand.GREY,
                                    Set.of(),
                                    Set.of()),
                            rule(
                                    "S2",
                                    OFFICER_SENIOR,
                                    "TAX_LOAN",
                                    "500000.00",
                                    "800000.00",
                                    ScoreBand.PASS,
                                    Set.of(InformationPath.DATA_CENTRE, InformationPath.BIG_DATA),
                                    Set.of()),
                            rule(
                                    "B1",
                                    BRANCH_HEAD,
                                    null,
                                    "1000000.00",
                                    "2000000.00",
                                    ScoreBand.GREY,
                                    Set.of(),
                                    Set.of(AuthorityException.SCORECARD_OVERRIDE)),
                            rule(
                                    "H1",
                                    HEAD_OFFICE_RISK,
                                    null,
                                    "3000000.00",
                                    "5000000.00",
                                    ScoreBand.FAIL,
                                    Set.of(),
                                    Set.of(AuthorityException.values()))));

    private static AuthorityRule rule(
            String id,
            ApproverGrade g,
            String product,
            String max,
            String total,
            ScoreBand band,
            Set<InformationPath> paths,
            Set<AuthorityException> ex) {
        return new AuthorityRule(
                id, g, product, new BigDecimal(max), new BigDecimal(total), band, paths, ex);
    }

    private static ApprovalCase kase(
            String product, String amount, String total, ScoreBand band, AuthorityException... ex) {
        return new ApprovalCase(
                product,
                new BigDecimal(amount),
                new BigDecimal(total),
                band,
                InformationPath.BIG_DATA,
                Set.of(ex),
                "officer");
    }

    @ParameterizedTest(name = "{0} {1}/{2} {3} → {4}")
    @CsvSource({
        // product, amount, total after, band, lowest grade (COMMITTEE: none)
        "BIZ_LOAN, 100000.00, 200000.00, PASS, OFFICER_JUNIOR",
        "BIZ_LOAN, 100000.01, 200000.00, PASS, OFFICER_SENIOR",
        "BIZ_LOAN, 100000.00, 200000.01, PASS, OFFICER_SENIOR",
        "BIZ_LOAN, 50000.00, 50000.00, GREY, OFFICER_SENIOR",
        "BIZ_LOAN, 300000.01, 400000.00, PASS, BRANCH_HEAD",
        "TAX_LOAN, 500000.00, 800000.00, PASS, OFFICER_SENIOR",
        "TAX_LOAN, 500000.00, 800000.00, GREY, BRANCH_HEAD",
        "BIZ_LOAN, 1000000.00, 2000000.00, GREY, BRANCH_HEAD",
        "BIZ_LOAN, 1000000.00, 2000000.00, FAIL, HEAD_OFFICE_RISK",
        "BIZ_LOAN, 3000000.00, 5000000.00, FAIL, HEAD_OFFICE_RISK",
        "BIZ_LOAN, 3000000.01, 5000000.00, PASS, COMMITTEE",
        "BIZ_LOAN, 100.00, 5000000.01, PASS, COMMITTEE"
    })
    void routesEachCaseToTheLowestGradeWithAuthorityAtEveryBoundary(
            String product, String amount, String total, ScoreBand band, String expected) {
        ApprovalCase c = kase(product, amount, total, band);
        assertEquals(
                expected,
                MATRIX.lowestGradeFor(c).map(Enum::name).orElse(AuthorityMatrix.COMMITTEE));
    }

    @Test
    void aHigherGradeHoldsTheLowerGradesAuthorityAndTheGrantNamesVersionAndRule() {
        ApprovalCase small = kase("BIZ_LOAN", "80000.00", "80000.00", ScoreBand.PASS);
        assertEquals(
                new AuthorityGrant("branchhead", BRANCH_HEAD, 3, "J1"),
                MATRIX.authorize("branchhead", BRANCH_HEAD, small, FROM));
    }

    @Test
    void anApproverBeyondTheGradeIsRefusedNamingWhereTheCaseBelongs() {
        ApprovalCase big = kase("BIZ_LOAN", "400000.00", "400000.00", ScoreBand.PASS);
        AuthorityRefusal e =
                assertThrows(
                        AuthorityRefusal.class,
                        () -> MATRIX.authorize("officer2", OFFICER_SENIOR, big, FROM));
        assertEquals(AuthorityRefusal.EXCEEDED, e.code());
        assertEquals(List.of("OFFICER_SENIOR", "BRANCH_HEAD"), e.arguments());

        ApprovalCase huge = kase("BIZ_LOAN", "4000000.00", "4000000.00", ScoreBand.PASS);
        AuthorityRefusal c =
                assertThrows(
                        AuthorityRefusal.class,
                        () -> MATRIX.authorize("hq", HEAD_OFFICE_RISK, huge, FROM));
        assertEquals(List.of("HEAD_OFFICE_RISK", "COMMITTEE"), c.arguments());
    }

    @Test
    void anExceptionNeedsARuleThatListsIt() {
        ApprovalCase override =
                kase(
                        "BIZ_LOAN",
                        "50000.00",
                        "50000.00",
                        ScoreBand.PASS,
                        AuthorityException.SCORECARD_OVERRIDE);
        assertEquals(Optional.of(BRANCH_HEAD), MATRIX.lowestGradeFor(override));
        ApprovalCase belowCutoff =
                kase(
                        "BIZ_LOAN",
                        "50000.00",
                        "50000.00",
                        ScoreBand.FAIL,
                        AuthorityException.BELOW_CUTOFF);
        assertEquals(Optional.of(HEAD_OFFICE_RISK), MATRIX.lowestGradeFor(belowCutoff));
    }

    @Test
    void aPathRestrictedRuleCoversOnlyItsPaths() {
        ApprovalCase relationship =
                new ApprovalCase(
                        "TAX_LOAN",
                        new BigDecimal("500000.00"),
                        new BigDecimal("500000.00"),
                        ScoreBand.PASS,
                        InformationPath.RELATIONSHIP,
                        Set.of(),
                        "officer");
        assertEquals(Optional.of(BRANCH_HEAD), MATRIX.lowestGradeFor(relationship));
    }

    @Test
    void thePreparerNeverApprovesWhateverTheGrade() {
        ApprovalCase c = kase("BIZ_LOAN", "1000.00", "1000.00", ScoreBand.PASS);
        AuthorityRefusal e =
                assertThrows(
                        AuthorityRefusal.class,
                        () -> MATRIX.authorize(" OFFICER ", HEAD_OFFICE_RISK, c, FROM));
        assertEquals(AuthorityRefusal.PREPARER, e.code());
    }

    @Test
    void aVersionIsNotInForceBeforeItsDate() {
        ApprovalCase c = kase("BIZ_LOAN", "1000.00", "1000.00", ScoreBand.PASS);
        AuthorityRefusal e =
                assertThrows(
                        AuthorityRefusal.class,
                        () -> MATRIX.authorize("risk", HEAD_OFFICE_RISK, c, FROM.minusDays(1)));
        assertEquals(AuthorityRefusal.NOT_IN_FORCE, e.code());
    }

    @Test
    void aMatrixRefusesDuplicateRuleIdsAndRulesBelowTheirOwnAmount() {
        AuthorityRule j1 = MATRIX.rules().get(0);
        FieldRefusal dup =
                assertThrows(
                        FieldRefusal.class, () -> new AuthorityMatrix(4, FROM, List.of(j1, j1)));
        assertEquals("DUPLICATE_RULE", dup.code());
        FieldRefusal total =
                assertThrows(
                        FieldRefusal.class,
                        () ->
                                rule(
                                        "X",
                                        OFFICER_JUNIOR,
                                        null,
                                        "10.00",
                                        "9.99",
                                        ScoreBand.PASS,
                                        Set.of(),
                                        Set.of()));
        assertEquals("maxTotalExposure", total.field());
    }
}
