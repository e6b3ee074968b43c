package com.microcredit.it;

import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.Visit;
import com.microcredit.origination.domain.borrower.VisitAssessment;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.scoring.AlternativeDatum;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * Test-only setup of the evidence an account manager, the data gateway's sources and the borrower's
 * consent would provide (the services that record these need staff roles, which in-container tests
 * do not have).
 */
@Stateless
public class OriginationFixture {

    static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public void knownWellAndConsenting(long borrowerId) {
        Borrower b = em.find(Borrower.class, borrowerId);
        AccountManager m = em.find(AccountManager.class, b.getAccountManagerId());
        LocalDate today = LocalDate.now(BANK_ZONE);
        em.persist(
                new Visit(
                        b,
                        m,
                        today.minusDays(3),
                        VisitAssessment.STRONG,
                        "测试走访：经营正常",
                        Instant.now(),
                        BANK_ZONE));
        em.persist(
                new DataConsent(
                        borrowerId,
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        EnumSet.allOf(DataSource.class),
                        today.plusMonths(6),
                        "IT-AUTH",
                        "it",
                        Instant.now(),
                        today));
        for (int month = 1; month <= 30; month++) {
            LocalDate period = today.withDayOfMonth(1).minusMonths(month);
            em.persist(
                    new AlternativeDatum(
                            borrowerId,
                            new Observation(
                                    DataSource.TAX, period, "PAID", new BigDecimal("9000"))));
            em.persist(
                    new AlternativeDatum(
                            borrowerId,
                            new Observation(DataSource.TAX, period, "LATE", BigDecimal.ZERO)));
            if (month <= 24) {
                em.persist(
                        new AlternativeDatum(
                                borrowerId,
                                new Observation(
                                        DataSource.ELECTRICITY,
                                        period,
                                        "KWH",
                                        new BigDecimal("4000"))));
                em.persist(
                        new AlternativeDatum(
                                borrowerId,
                                new Observation(
                                        DataSource.SOCIAL_SECURITY,
                                        period,
                                        "CONTRIBUTION",
                                        new BigDecimal("3000"))));
            }
        }
        em.persist(
                new AlternativeDatum(
                        borrowerId,
                        new Observation(
                                DataSource.CREDIT_REPORT,
                                today.withDayOfMonth(1).minusMonths(1),
                                "HISTORY_MONTHS",
                                new BigDecimal("48"))));
        em.persist(
                new AlternativeDatum(
                        borrowerId,
                        new Observation(
                                DataSource.CREDIT_REPORT,
                                today.withDayOfMonth(1).minusMonths(1),
                                "PAST_DUE_NOW",
                                BigDecimal.ZERO)));
    }

    public void alternativeDataWithoutConsent(long borrowerId) {
        LocalDate today = LocalDate.now(BANK_ZONE);
        for (int month = 1; month <= 24; month++) {
            em.persist(
                    new AlternativeDatum(
                            borrowerId,
                            new Observation(
                                    DataSource.ELECTRICITY,
                                    today.withDayOfMonth(1).minusMonths(month),
                                    "KWH",
                                    new BigDecimal("4000"))));
        }
    }
}
