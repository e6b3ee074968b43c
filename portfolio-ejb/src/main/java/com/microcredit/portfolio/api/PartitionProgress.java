package com.microcredit.portfolio.api;

/** One partition (id range) of a nightly run and how many of its loans are done. */
public record PartitionProgress(int partition, long firstId, long lastId, long loansProcessed) {}
