package com.microcredit.supplychain.application;

import com.microcredit.supplychain.domain.trade.TradeRow;
import java.util.List;

/**
 * Port: reads a hub's trade file (CSV or JSON) into rows exactly as written; the domain's rules
 * judge them. Implemented in {@code infrastructure.file}.
 */
public interface TradeFiles {

    /**
     * The file's rows, at most {@code maxRows}; refused as a whole when it cannot be read as the
     * stated format.
     */
    List<TradeRow> read(String format, byte[] content, int maxRows) throws UnreadableFileException;
}
