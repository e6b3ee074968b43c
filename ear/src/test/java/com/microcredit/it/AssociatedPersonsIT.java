package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.CollectionContactService;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.application.DataGateway;
import com.microcredit.origination.domain.association.AssociatedPerson;
import com.microcredit.origination.domain.association.Relation;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The associated-persons query of the data gateway on the real database: with the borrower's
 * post-loan-monitoring consent the registry's persons come back (identity and phone decrypted from
 * the encrypted columns) and the query is logged with its cost and the loan as case reference;
 * without it, or with a consent for another purpose, nothing is read and the refusal is logged; the
 * collection-contacts service is for collection staff only.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class AssociatedPersonsIT {

    private static final String REPRESENTATIVE_ID = "110101199003071234";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                AssociatedPersonsIT.class,
                ItProbe.class,
                AssociatesFixture.class,
                OriginationFixture.class,
                CreditCodes.class);
    }

    @EJB private BorrowerService borrowers;
    @EJB private DataGateway gateway;
    @EJB private CollectionContactService contacts;
    @EJB private AssociatesFixture fixture;
    @EJB private ItProbe probe;

    @Test
    void withConsentTheRegistrysPersonsAreAnsweredAndTheQueryIsLogged() {
        long borrower = newBorrower();
        fixture.consent(
                borrower, ConsentPurpose.POST_LOAN_MONITORING, DataSource.ASSOCIATED_PERSONS);
        fixture.registered(
                borrower, "LEGAL_REPRESENTATIVE", "Li Wei", REPRESENTATIVE_ID, "13812345678");
        fixture.registered(borrower, "GUARANTOR", "Zhou Jie", null, null);
        String loan = "IT-ASSOC-" + UUID.randomUUID().toString().substring(0, 8);

        DataGateway.AssociatesAnswer answer =
                gateway.associatedPersons(
                        borrower,
                        ConsentPurpose.POST_LOAN_MONITORING,
                        "it-collector",
                        loan,
                        today(),
                        Instant.now());

        assertEquals(DataQuery.Outcome.ANSWERED, answer.outcome());
        assertEquals(new BigDecimal("2.00"), answer.cost(), "the general per-query cost");
        AssociatedPerson rep =
                answer.persons().stream()
                        .filter(p -> p.relation() == Relation.LEGAL_REPRESENTATIVE)
                        .findFirst()
                        .orElseThrow();
        assertEquals(REPRESENTATIVE_ID, rep.identityNumber(), "decrypted from identity_cipher");
        assertEquals("138****5678", rep.maskedPhone());
        assertEquals(2, answer.persons().size());
        Object[] logged =
                probe.firstRow(
                        "select q.outcome, q.source, q.purpose, q.staffLogin, q.adapter, q.cost "
                                + "from DataQuery q where q.borrowerId = :b and q.reference = :r",
                        Map.of("b", borrower, "r", loan));
        assertEquals("ANSWERED", logged[0].toString());
        assertEquals("ASSOCIATED_PERSONS", logged[1].toString());
        assertEquals("POST_LOAN_MONITORING", logged[2].toString());
        assertEquals("it-collector", logged[3]);
        assertEquals("table", logged[4]);
        assertEquals(0, new BigDecimal("2.00").compareTo((BigDecimal) logged[5]));
        assertEquals(
                1L,
                probe.count(
                        "select count(a) from RegisteredAssociate a where a.borrowerId = :b "
                                + "and a.identityHash is not null",
                        Map.of("b", borrower)),
                "the identity's lookup hash is stored");
    }

    @Test
    void withoutConsentNothingIsReadAndTheRefusalIsLogged() {
        long borrower = newBorrower();
        fixture.registered(borrower, "GUARANTOR", "Zhou Jie", null, "13900001111");
        String loan = "IT-ASSOC-" + UUID.randomUUID().toString().substring(0, 8);

        DataGateway.AssociatesAnswer answer =
                gateway.associatedPersons(
                        borrower,
                        ConsentPurpose.POST_LOAN_MONITORING,
                        "it-collector",
                        loan,
                        today(),
                        Instant.now());

        assertEquals(DataQuery.Outcome.REFUSED, answer.outcome());
        assertTrue(
                answer.persons().isEmpty(),
                "the registry row exists, but without consent it is not read");
        assertTrue(
                answer.reason()
                        .contains("No valid POST_LOAN_MONITORING consent for ASSOCIATED_PERSONS"),
                answer.reason());
        assertEquals(new BigDecimal("0.00"), answer.cost());
        assertEquals(
                1L,
                probe.count(
                        "select count(q) from DataQuery q where q.borrowerId = :b and q.reference ="
                            + " :r and q.outcome ="
                            + " com.microcredit.origination.domain.consent.DataQuery.Outcome.REFUSED"
                            + " and q.cost = 0 and q.adapter is null",
                        Map.of("b", borrower, "r", loan)));
    }

    @Test
    void aConsentForCreditAssessmentDoesNotCoverCollection() {
        long borrower = newBorrower();
        fixture.consent(borrower, ConsentPurpose.CREDIT_ASSESSMENT, DataSource.ASSOCIATED_PERSONS);
        fixture.registered(borrower, "SHAREHOLDER", "Wang Fang", null, null);

        DataGateway.AssociatesAnswer answer =
                gateway.associatedPersons(
                        borrower,
                        ConsentPurpose.POST_LOAN_MONITORING,
                        "it-collector",
                        "IT-ASSOC-PURPOSE",
                        today(),
                        Instant.now());

        assertEquals(DataQuery.Outcome.REFUSED, answer.outcome());
        assertTrue(answer.persons().isEmpty());
    }

    @Test
    void withConsentAndNoRegistryRowsTheAnswerIsNoDataNotARefusal() {
        long borrower = newBorrower();
        fixture.consent(
                borrower, ConsentPurpose.POST_LOAN_MONITORING, DataSource.ASSOCIATED_PERSONS);
        DataGateway.AssociatesAnswer answer =
                gateway.associatedPersons(
                        borrower,
                        ConsentPurpose.POST_LOAN_MONITORING,
                        "it-collector",
                        "IT-ASSOC-EMPTY",
                        today(),
                        Instant.now());
        assertEquals(DataQuery.Outcome.NO_DATA, answer.outcome());
        assertEquals(List.of(), answer.persons());
    }

    @Test
    void theCollectionContactsServiceIsForCollectionStaffOnly() {
        long borrower = newBorrower();
        assertThrows(
                EJBAccessException.class,
                () -> contacts.associatedPersons(borrower, "IT-ASSOC-ANON"));
        assertEquals(
                0L,
                probe.count(
                        "select count(q) from DataQuery q where q.borrowerId = :b",
                        Map.of("b", borrower)),
                "a refused caller causes no query");
    }

    private static LocalDate today() {
        return LocalDate.now(OriginationFixture.BANK_ZONE);
    }

    private long newBorrower() {
        String login = "as-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagerView manager =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                login,
                                "IT manager",
                                "IT-001",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        return borrowers
                .registerEnterprise(
                        new RegisterEnterprise(
                                "IT associates " + login,
                                CreditCodes.next(),
                                "F52",
                                "330106",
                                manager.id(),
                                "IT owner",
                                LocalDate.of(2015, 5, 1),
                                new BigDecimal("800000.00"),
                                new BigDecimal("30.26"),
                                new BigDecimal("120.15"),
                                null))
                .id();
    }
}
