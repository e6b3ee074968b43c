package com.microcredit.supplychain.api;

/**
 * What a reading of indicators did: the reading, the hub afterwards, the status change it caused
 * (null: none) and how many open chain loans received an early-warning signal.
 */
public record HealthOutcome(
        IndicatorReadingView reading, HubView hub, StatusChangeView change, int warningsRaised) {}
