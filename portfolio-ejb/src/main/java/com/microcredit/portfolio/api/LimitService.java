package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Exposure limits. Every method joins the caller's transaction, so a refused reservation rolls
 * back the caller's work too.
 */
@Local
public interface LimitService {

    /** Creates a limit; refuses a second limit for the same type and key. */
    LimitView defineLimit(DefineLimit command);

    /** Reserves against the limit or throws {@link LimitRefusedException}; utilisation never exceeds the limit. */
    LimitView reserve(ReserveExposure command);

    Optional<LimitView> find(LimitType type, String key);

    List<LimitView> list(LimitType type);
}
