/**
 * Readers of the trade files hubs send (CSV, JSON): rows as read, validated later by the domain's
 * rules; {@code TradeFileAdapter} implements the application's port {@code TradeFiles}.
 */
package com.microcredit.supplychain.infrastructure.file;
