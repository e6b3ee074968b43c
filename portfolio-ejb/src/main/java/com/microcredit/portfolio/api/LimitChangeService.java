package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Limit changes under dual control: a risk manager proposes, a different risk manager approves. The
 * blind-lending ceiling can never be proposed or approved above its formula. Every decided change
 * stays as the audit record with the amount before and after.
 */
@Local
public interface LimitChangeService {

    LimitChangeView propose(ProposeLimitChange command);

    /**
     * Applies the change; refused to the proposer, above the formula, or below current utilisation.
     */
    LimitChangeView approve(long changeId, String note);

    LimitChangeView reject(long changeId, String note);

    List<LimitChangeView> pending();

    /** The most recent changes, newest first. */
    List<LimitChangeView> history(int max);
}
