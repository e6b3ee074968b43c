package com.microcredit.portfolio.infrastructure.jpa;

import com.microcredit.portfolio.application.LimitStore;
import com.microcredit.portfolio.domain.blind.BlindLendingProgramme;
import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.limit.LimitExceededException;
import com.microcredit.shared.domain.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The limit rows in the database. A reservation is one statement over every applicable limit row
 * (the rows whose dimension and key the exposure's profile matches): each row gains the amount, and
 * a row that is blocked or whose single-reservation cap is smaller is driven past its limit on
 * purpose, so the table's {@code CHECK (utilised_amount <= limit_amount)} rejects the whole
 * statement – every row or none. The database row locks serialise concurrent reservations from
 * every thread and every server and are held from this statement to the commit only. A release is
 * the mirror statement, checked by {@code utilised_amount >= 0}. See docs/adr/0004.
 */
@Dependent
public class LimitRows implements LimitStore {

    private static final String CHECK = "ck_limit_utilisation";
    private static final String RESERVE =
            "update exposure_limit set utilised_amount = case when blocked_reason is null and"
                + " (max_single_amount is null or max_single_amount >= ?) then utilised_amount + ?"
                + " else limit_amount + 1 end, version = version + 1 where ";
    private static final String RELEASE =
            "update exposure_limit set utilised_amount = utilised_amount - ?,"
                    + " version = version + 1 where ";

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private HotRowGate gate;

    /** Reserves on every applicable limit or throws with the reason; nothing is reserved then. */
    @Override
    public void reserve(Map<LimitDimension, String> keys, Money amount) {
        gate.enter(keys);
        try {
            bind(
                            em.createNativeQuery(RESERVE + matching(keys)),
                            keys,
                            amount.amount(),
                            amount.amount())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (!violates(e)) {
                throw e;
            }
            applicable(keys).forEach(l -> l.checkAdmits(amount));
            throw new LimitExceededException(
                    "A limit changed while reserving; nothing was reserved, try again");
        }
    }

    /**
     * Releases from every applicable limit; a release below zero means the book is inconsistent.
     */
    @Override
    public void release(Map<LimitDimension, String> keys, Money amount) {
        try {
            bind(em.createNativeQuery(RELEASE + matching(keys)), keys, amount.amount())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (violates(e)) {
                throw new IllegalStateException(
                        "A limit holds less than the " + amount + " to release");
            }
            throw e;
        }
    }

    /** The limits defined for any of the keys, as committed now (for messages and views). */
    @Override
    public List<ExposureLimit> applicable(Map<LimitDimension, String> keys) {
        return em.createQuery(
                        "select l from ExposureLimit l where l.dimension in :d and l.limitKey in"
                                + " :k",
                        ExposureLimit.class)
                .setParameter("d", keys.keySet())
                .setParameter("k", keys.values())
                .getResultStream()
                .filter(l -> l.getLimitKey().equals(keys.get(l.getDimension())))
                .peek(em::refresh)
                .toList();
    }

    @Override
    public void block(long limitId, String reason) {
        em.createQuery(
                        "update ExposureLimit l set l.blockedReason = :r, l.version = l.version + 1"
                                + " where l.id = :id")
                .setParameter("r", reason)
                .setParameter("id", limitId)
                .executeUpdate();
    }

    @Override
    public void unblock(long limitId) {
        em.createQuery(
                        "update ExposureLimit l set l.blockedReason = null, l.version = l.version +"
                                + " 1 where l.id = :id")
                .setParameter("id", limitId)
                .executeUpdate();
    }

    /** The committed state of a limit, re-read from the database. */
    @Override
    public ExposureLimit current(long id) {
        ExposureLimit limit = em.find(ExposureLimit.class, id);
        em.refresh(limit);
        return limit;
    }

    @Override
    public Optional<ExposureLimit> find(LimitDimension dimension, String key) {
        return em.createQuery(
                        "select l from ExposureLimit l where l.dimension = :d and l.limitKey = :k",
                        ExposureLimit.class)
                .setParameter("d", dimension)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * The limit locked for a change of its amount; concurrent reservations wait for the change to
     * commit.
     */
    @Override
    public Optional<ExposureLimit> findForChange(LimitDimension dimension, String key) {
        return em.createQuery(
                        "select l from ExposureLimit l where l.dimension = :d and l.limitKey = :k",
                        ExposureLimit.class)
                .setParameter("d", dimension)
                .setParameter("k", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<String> targets(LimitDimension dimension) {
        TreeSet<String> keys =
                new TreeSet<>(
                        Comparator.comparingInt(String::length)
                                .thenComparing(Comparator.naturalOrder()));
        if (dimension == LimitDimension.BLIND_LENDING_CEILING) {
            keys.add(BlindLendingProgramme.CEILING_KEY);
        } else {
            List<?> onBook =
                    em.createNativeQuery(
                                    "select distinct "
                                            + column(dimension)
                                            + " from loan_exposure where "
                                            + column(dimension)
                                            + " is not null")
                            .getResultList();
            onBook.forEach(key -> keys.add(String.valueOf(key)));
        }
        keys.addAll(
                em.createQuery(
                                "select l.limitKey from ExposureLimit l where l.dimension = :d",
                                String.class)
                        .setParameter("d", dimension)
                        .getResultList());
        return List.copyOf(keys);
    }

    /**
     * Creates a limit that already counts the live exposures it covers (refused if they exceed it):
     * from then on their repayments release it like any other.
     */
    @Override
    public ExposureLimit define(LimitDimension dimension, String key, Money amount) {
        BigDecimal onBook =
                (BigDecimal)
                        em.createNativeQuery(
                                        "select coalesce(sum(outstanding), 0) from loan_exposure"
                                                + " where status = 'LIVE' and "
                                                + column(dimension)
                                                + " = ?")
                                .setParameter(1, value(dimension, key))
                                .getSingleResult();
        ExposureLimit limit =
                new ExposureLimit(
                        dimension,
                        key,
                        amount,
                        Money.of(
                                onBook.setScale(amount.currency().getDefaultFractionDigits()),
                                amount.currency()));
        em.persist(limit);
        em.flush();
        return limit;
    }

    private static String matching(Map<LimitDimension, String> keys) {
        List<String> pairs = new ArrayList<>();
        keys.forEach((d, k) -> pairs.add("(dimension = ? and limit_key = ?)"));
        return String.join(" or ", pairs);
    }

    private static Query bind(Query query, Map<LimitDimension, String> keys, Object... leading) {
        int position = 1;
        for (Object value : leading) {
            query.setParameter(position++, value);
        }
        for (Map.Entry<LimitDimension, String> key : keys.entrySet()) {
            query.setParameter(position++, key.getKey().name());
            query.setParameter(position++, key.getValue());
        }
        return query;
    }

    private static boolean violates(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(CHECK)) {
                return true;
            }
        }
        return false;
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
                    throw new LimitExceededException(
                            "A " + dimension + " limit key must be a numeric id, was " + key);
                }
            }
            case BLIND_LENDING_CEILING -> Boolean.TRUE;
            default -> key;
        };
    }
}
