/**
 * The nightly portfolio run as a record: which business date, who or what started it, which batch
 * job instance carries it, and how it ended. At most one scheduled run per business date.
 */
package com.microcredit.portfolio.domain.nightly;
