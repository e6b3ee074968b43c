package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.exposure.ExposureStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Queries over the blind-lending pool: what is live, what was booked and defaulted since a
 * calibration.
 */
@Dependent
public class BlindPool {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public long loansSince(Instant calibratedAt) {
        return em.createQuery(
                        "select count(e) from LoanExposure e where e.profile.blindLending = true"
                                + " and e.status <> :cancelled and e.bookedAt >= :since",
                        Long.class)
                .setParameter("cancelled", ExposureStatus.CANCELLED)
                .setParameter("since", calibratedAt)
                .getSingleResult();
    }

    public long defaultsSince(Instant calibratedAt) {
        return em.createQuery(
                        "select count(e) from LoanExposure e where e.profile.blindLending = true"
                                + " and e.defaultedAt is not null and e.bookedAt >= :since",
                        Long.class)
                .setParameter("since", calibratedAt)
                .getSingleResult();
    }

    public List<BigDecimal> liveExposures() {
        return em.createQuery(
                        "select e.outstanding from LoanExposure e where e.profile.blindLending ="
                                + " true and e.status = :live",
                        BigDecimal.class)
                .setParameter("live", ExposureStatus.LIVE)
                .getResultList();
    }
}
