/**
 * The command-line entry for training a scorecard without a server ({@code bin/scorecard train}).
 */
package com.microcredit.origination.infrastructure.cli;
