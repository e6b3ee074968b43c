/**
 * Benchmarks run by {@code bin/benchmark scorecard}; not unit tests (the class name keeps surefire
 * from running them in a build).
 */
package com.microcredit.origination.benchmark;
