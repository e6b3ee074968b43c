package com.microcredit.it;

import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.providersim.ProviderSimulator;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The provider simulator inside the test server, on the port and with the development credentials
 * the server's provider settings name (failsafe's environment, ear/pom.xml), started on first use
 * and stopped when the test application goes; borrowers with a consent to every source.
 */
@Singleton
public class ProviderFixture {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private BorrowerService borrowers;
    @EJB private Applicants applicants;

    private ProviderSimulator simulator;

    public ProviderSimulator simulator() {
        if (simulator == null) {
            URI url = URI.create(System.getenv("MCRC_PROVIDER_GOVERNMENT_PLATFORM_URL"));
            Path certs =
                    Path.of(System.getenv("MCRC_PROVIDER_GOVERNMENT_PLATFORM_KEY_STORE"))
                            .getParent();
            try {
                simulator = ProviderSimulator.start(url.getPort(), 0, certs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return simulator;
    }

    @PreDestroy
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** A fresh enterprise consenting to every source for credit assessment and monitoring. */
    public long consentingBorrower() {
        long borrower =
                borrowers
                        .registerEnterprise(
                                new RegisterEnterprise(
                                        "IT provider "
                                                + UUID.randomUUID().toString().substring(0, 8),
                                        CreditCodes.next(),
                                        "F52",
                                        "330106",
                                        applicants.accountManager(),
                                        "IT owner",
                                        LocalDate.of(2015, 5, 1),
                                        new BigDecimal("800000.00"),
                                        new BigDecimal("30.26"),
                                        new BigDecimal("120.15"),
                                        null))
                        .id();
        LocalDate today = LocalDate.now(OriginationFixture.BANK_ZONE);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            em.persist(
                    new DataConsent(
                            borrower,
                            purpose,
                            EnumSet.allOf(DataSource.class),
                            today.plusMonths(6),
                            "IT-AUTH-" + borrower,
                            "it",
                            Instant.now(),
                            today));
        }
        return borrower;
    }

    /** The logged queries of a borrower's source, newest first. */
    public List<DataQuery> logged(long borrower, DataSource source) {
        return em.createQuery(
                        "select q from DataQuery q where q.borrowerId = :b and q.source = :s"
                                + " order by q.id desc",
                        DataQuery.class)
                .setParameter("b", borrower)
                .setParameter("s", source)
                .getResultList();
    }

    /** What a provider was charged today, from the query log. */
    public BigDecimal spentToday(String provider) {
        Instant day =
                LocalDate.now(OriginationFixture.BANK_ZONE)
                        .atStartOfDay(OriginationFixture.BANK_ZONE)
                        .toInstant();
        BigDecimal s =
                em.createQuery(
                                "select sum(q.cost) from DataQuery q where q.provider = :p and"
                                        + " q.queriedAt >= :d",
                                BigDecimal.class)
                        .setParameter("p", provider)
                        .setParameter("d", day)
                        .getSingleResult();
        return s == null ? BigDecimal.ZERO.setScale(2) : s.setScale(2);
    }
}
