/**
 * Reading training data sets from CSV (header row, kinds inferred) and ARFF (kinds declared) files.
 */
package com.microcredit.origination.infrastructure.dataset;
