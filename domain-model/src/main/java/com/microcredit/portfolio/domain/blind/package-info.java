/**
 * The law-of-large-numbers ("blind") lending programme: its parameters, the hard ceiling they
 * imply, the stop rule on realised defaults and the dual-controlled recalibrations.
 */
package com.microcredit.portfolio.domain.blind;
