package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port to the limit rows (implemented by {@code infrastructure.jpa.LimitRows}, ADR 0004): a
 * reservation or release is one statement over every applicable row, every row or none.
 */
public interface LimitStore {

    /** Reserves on every applicable limit or throws with the reason; nothing is reserved then. */
    void reserve(Map<LimitDimension, String> keys, Money amount);

    /** Releases on every applicable limit. */
    void release(Map<LimitDimension, String> keys, Money amount);

    /** The limits whose dimension and key the keys match. */
    List<ExposureLimit> applicable(Map<LimitDimension, String> keys);

    void block(long limitId, String reason);

    void unblock(long limitId);

    /** The limit as stored now (refreshed). */
    ExposureLimit current(long id);

    Optional<ExposureLimit> find(LimitDimension dimension, String key);

    /** The limit, locked for a change of its amount. */
    Optional<ExposureLimit> findForChange(LimitDimension dimension, String key);

    /**
     * The targets a limit of the dimension can name: every key the exposure book holds for it and
     * every key a limit is defined for, in order (numeric keys by number).
     */
    List<String> targets(LimitDimension dimension);

    /** Defines a new limit with what is already on the book for its key as utilised. */
    ExposureLimit define(LimitDimension dimension, String key, Money amount);
}
