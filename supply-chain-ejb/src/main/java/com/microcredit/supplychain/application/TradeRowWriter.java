package com.microcredit.supplychain.application;

import com.microcredit.supplychain.domain.trade.ValidTrade;
import java.util.List;

/**
 * Port: writes the validated rows of an accepted trade file inside the caller's transaction (all
 * rows or none). Implemented in {@code infrastructure.jpa} by plain JDBC batches.
 */
public interface TradeRowWriter {

    /** Inserts every row for the hub; returns the number inserted. */
    int insert(long hubId, List<ValidTrade> rows);
}
