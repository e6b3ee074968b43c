package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/** A principal repayment: releases the amount from every limit the exposure is reserved against. */
public record ReleaseExposure(String reference, BigDecimal principalRepaid, String currency) {}
