/**
 * The early-warning indicator system (domain guide §6): each indicator is a named rule with three
 * thresholds (yellow, orange, red) from configuration, except settlement coverage, which the one
 * {@code FlowCoverage} rule judges; a reading at or beyond a threshold gives that level and its
 * evidence. Pure rules, no persistence: the nightly run and other processes feed the figures and
 * raise the signals.
 */
package com.microcredit.portfolio.domain.indicator;
