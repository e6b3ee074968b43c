package com.microcredit.supplychain.infrastructure.file;

import com.microcredit.supplychain.application.TradeFiles;
import com.microcredit.supplychain.application.UnreadableFileException;
import com.microcredit.supplychain.domain.trade.TradeRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The trade-file port on {@link TradeFileReader}: a fresh reader per file, no state kept. */
@ApplicationScoped
public class TradeFileAdapter implements TradeFiles {

    @Override
    public List<TradeRow> read(String format, byte[] content, int maxRows)
            throws UnreadableFileException {
        return new TradeFileReader(maxRows).read(format, content);
    }
}
