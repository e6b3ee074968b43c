package com.microcredit.portfolio.api;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Limit changes under dual control: a risk manager proposes, a different risk manager approves. The
 * blind-lending ceiling can never be proposed or approved above its formula. Every decided change
 * stays as the audit record with the amount before and after.
 */
@Local
public interface LimitChangeService {

    /**
     * Proposes a change; refused on the field {@code key} ({@code LIMIT_TARGET_UNKNOWN}) unless the
     * key is one of {@link #targets(LimitType)}.
     */
    LimitChangeView propose(ProposeLimitChange command);

    /**
     * The targets a limit of the type can name: the keys the exposure book holds for it (products,
     * industries, regions, borrowers, groups, hubs with loans) and those a limit is defined for.
     */
    List<String> targets(LimitType type);

    /**
     * Applies the change; refused to the proposer, above the formula, or below current utilisation.
     */
    LimitChangeView approve(long changeId, String note);

    LimitChangeView reject(long changeId, String note);

    List<LimitChangeView> pending();

    /** The most recent changes, newest first. */
    List<LimitChangeView> history(int max);

    /**
     * One page of the decided changes (issue 26): sort key id (the default, newest first); filter
     * type; counted.
     */
    PageResult<LimitChangeView> historyPage(PageRequest request);
}
