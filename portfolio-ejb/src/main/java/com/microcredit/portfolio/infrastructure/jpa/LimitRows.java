package com.microcredit.portfolio.infrastructure.jpa;

import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.limit.LimitExceededException;
import com.microcredit.shared.domain.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The limit rows in the database. Reservations are guarded single-statement updates
 * ({@code utilised + amount <= limit}, not blocked, not above the single-reservation cap): the database row lock serialises
 * concurrent reservations from every thread and every server, and a reservation that does not fit
 * updates nothing. Rows are always updated in id order so that two multi-limit reservations cannot
 * deadlock. The lock is held only from the update to the commit.
 */
@Dependent
public class LimitRows {

    private static final String RESERVE = "update ExposureLimit l set l.utilisedAmount = l.utilisedAmount + :a,"
            + " l.version = l.version + 1 where l.id = :id and l.blockedReason is null"
            + " and l.utilisedAmount + :a <= l.limitAmount and (l.maxSingleAmount is null or l.maxSingleAmount >= :a)";
    private static final String RELEASE = "update ExposureLimit l set l.utilisedAmount = l.utilisedAmount - :a,"
            + " l.version = l.version + 1 where l.id = :id and l.utilisedAmount >= :a";

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    /** The limits defined for any of the keys, read without registering them for update. */
    public List<ExposureLimit> applicable(Map<LimitDimension, String> keys) {
        return em.createQuery("select l from ExposureLimit l where l.dimension in :d and l.limitKey in :k",
                        ExposureLimit.class)
                .setParameter("d", keys.keySet())
                .setParameter("k", keys.values())
                .setHint("eclipselink.read-only", "true")
                .getResultStream()
                .filter(l -> l.getLimitKey().equals(keys.get(l.getDimension())))
                .sorted(Comparator.comparing(ExposureLimit::getId))
                .toList();
    }

    /** Reserves on every limit or throws; the caller's transaction rolls back any partial work. */
    public void reserve(List<ExposureLimit> limits, Money amount) {
        for (ExposureLimit limit : limits) {
            int updated = em.createQuery(RESERVE)
                    .setParameter("a", amount.amount())
                    .setParameter("id", limit.getId())
                    .executeUpdate();
            if (updated == 0) {
                current(limit.getId()).checkAdmits(amount);
                throw new LimitExceededException(limit.getDimension() + " limit " + limit.getLimitKey()
                        + " changed while reserving; nothing was reserved, try again");
            }
        }
    }

    /** Releases from every limit; a release below zero means the book is inconsistent and is refused. */
    public void release(Collection<Long> limitIds, Money amount) {
        for (Long id : limitIds.stream().sorted().toList()) {
            int updated = em.createQuery(RELEASE).setParameter("a", amount.amount()).setParameter("id", id)
                    .executeUpdate();
            if (updated == 0) {
                throw new IllegalStateException("Limit " + id + " holds less than the " + amount + " to release");
            }
        }
    }

    public void block(long limitId, String reason) {
        em.createQuery("update ExposureLimit l set l.blockedReason = :r, l.version = l.version + 1 where l.id = :id")
                .setParameter("r", reason).setParameter("id", limitId).executeUpdate();
    }

    public void unblock(long limitId) {
        em.createQuery("update ExposureLimit l set l.blockedReason = null, l.version = l.version + 1 where l.id = :id")
                .setParameter("id", limitId).executeUpdate();
    }

    /** The committed state of a limit, re-read from the database. */
    public ExposureLimit current(long id) {
        ExposureLimit limit = em.find(ExposureLimit.class, id);
        em.refresh(limit);
        return limit;
    }

    public Optional<ExposureLimit> find(LimitDimension dimension, String key) {
        return em.createQuery("select l from ExposureLimit l where l.dimension = :d and l.limitKey = :k",
                        ExposureLimit.class)
                .setParameter("d", dimension).setParameter("k", key)
                .getResultStream().findFirst();
    }

    /** The limit locked for a change of its amount; concurrent reservations wait for the change to commit. */
    public Optional<ExposureLimit> findForChange(LimitDimension dimension, String key) {
        return em.createQuery("select l from ExposureLimit l where l.dimension = :d and l.limitKey = :k",
                        ExposureLimit.class)
                .setParameter("d", dimension).setParameter("k", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Creates a limit that already counts the live exposures it covers (refused if they exceed it)
     * and links them to it, so later repayments release it too.
     */
    public ExposureLimit define(LimitDimension dimension, String key, Money amount) {
        String where = " from loan_exposure where status = 'LIVE' and " + column(dimension) + " = ?";
        Object value = value(dimension, key);
        BigDecimal onBook = (BigDecimal) em.createNativeQuery("select coalesce(sum(outstanding), 0)" + where)
                .setParameter(1, value).getSingleResult();
        ExposureLimit limit = new ExposureLimit(dimension, key, amount,
                Money.of(onBook.setScale(amount.currency().getDefaultFractionDigits()), amount.currency()));
        em.persist(limit);
        em.flush();
        em.createNativeQuery("insert into loan_exposure_limit (exposure_id, limit_id) select id, ?" + where)
                .setParameter(1, limit.getId()).setParameter(2, value).executeUpdate();
        return limit;
    }

    private static String column(LimitDimension dimension) {
        return switch (dimension) {
            case BORROWER -> "borrower_id";
            case CONNECTED_GROUP -> "connected_group";
            case HUB_CHAIN -> "hub_id";
            case INDUSTRY -> "industry_code";
            case REGION -> "region_code";
            case PRODUCT -> "product_code";
            case BLIND_LENDING_CEILING -> "blind_lending";
        };
    }

    private static Object value(LimitDimension dimension, String key) {
        return switch (dimension) {
            case BORROWER, HUB_CHAIN -> {
                try {
                    yield Long.valueOf(key);
                } catch (NumberFormatException e) {
                    throw new LimitExceededException("A " + dimension + " limit key must be a numeric id, was " + key);
                }
            }
            case BLIND_LENDING_CEILING -> Boolean.TRUE;
            default -> key;
        };
    }
}
