package com.microcredit.supplychain.api;

/**
 * A trade file received from a hub: format CSV (header line memberId,kind,documentNumber,tradeDate,
 * amount,currency,hubConfirmed; UTF-8) or JSON (an array of objects with the same fields).
 */
public record ImportTrades(long hubId, String fileName, String format, byte[] content) {}
