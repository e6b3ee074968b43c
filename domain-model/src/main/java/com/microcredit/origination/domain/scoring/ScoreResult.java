package com.microcredit.origination.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A score, its probability of default (scale 6) and the reason codes, worst first. */
public record ScoreResult(int score, BigDecimal probabilityOfDefault, List<String> reasonCodes) {}
