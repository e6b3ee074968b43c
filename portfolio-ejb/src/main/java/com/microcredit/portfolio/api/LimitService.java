package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Exposure limits and the reservations against them. Every method joins the caller's transaction,
 * so a refused reservation rolls back the caller's work too (an approval never outlives a failed
 * reservation). Utilisation never exceeds a limit, whatever the concurrency and however many
 * servers share the database: each reservation is a guarded update of the limit row.
 */
@Local
public interface LimitService {

    /**
     * Creates a limit counting the live exposures it covers; refuses a duplicate or one already
     * exceeded.
     */
    LimitView defineLimit(DefineLimit command);

    /**
     * Reserves against every applicable limit, all or nothing, or throws {@link
     * LimitRefusedException}.
     */
    ExposureView reserve(ReserveExposure command);

    /**
     * Releases a principal repayment from every limit the exposure holds; closes it when fully
     * repaid.
     */
    ExposureView release(ReleaseExposure command);

    /** Withdraws an exposure not yet repaid (offer cancelled) and releases it whole. */
    ExposureView cancel(String reference);

    /** Stops new reservations on a limit with a reason (releases continue); e.g. hub contagion. */
    LimitView block(LimitType type, String key, String reason);

    LimitView unblock(LimitType type, String key);

    Optional<LimitView> find(LimitType type, String key);

    List<LimitView> list(LimitType type);

    List<LimitView> listAll();
}
