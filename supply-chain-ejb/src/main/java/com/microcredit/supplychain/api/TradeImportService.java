package com.microcredit.supplychain.api;

import jakarta.ejb.Local;

/**
 * Imports trade files the way banks receive them from hubs (CSV or JSON). Every row is validated on
 * its own and every broken rule reported; the file is imported only if every row passes – nothing
 * is ever half imported. A refused file is kept as a record with its rejected rows.
 */
@Local
public interface TradeImportService {

    ImportReport importTrades(ImportTrades command);
}
