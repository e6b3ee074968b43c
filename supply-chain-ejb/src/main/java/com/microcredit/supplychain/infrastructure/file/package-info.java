/**
 * Readers of the trade files hubs send (CSV, JSON): rows as read, validated later by the domain's
 * rules.
 */
package com.microcredit.supplychain.infrastructure.file;
