package com.microcredit.origination.domain.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The score one scorecard gave one application at decision time: the champion's decided the
 * big-data path, the challenger's is kept beside it to compare the two on the same applicants once
 * outcomes are known, and both feed population-stability monitoring through the bin each
 * characteristic fell in.
 */
@Entity
@Table(name = "scorecard_score")
public class RecordedScore {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "scorecard_id", nullable = false)
    private Long scorecardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_role", nullable = false, length = 16)
    private ActivationRole role;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Column(nullable = false)
    private int score;

    @Column(name = "probability_of_default", nullable = false, precision = 9, scale = 6)
    private BigDecimal probabilityOfDefault;

    @Column(name = "reason_codes", length = 500)
    private String reasonCodes;

    @Column(name = "bin_indexes", nullable = false, length = 500)
    private String binIndexes;

    protected RecordedScore() {}

    public RecordedScore(
            long scorecardId,
            ActivationRole role,
            long applicationId,
            long borrowerId,
            Instant at,
            int score,
            BigDecimal pd,
            List<String> reasonCodes,
            int[] bins) {
        this.scorecardId = scorecardId;
        this.role = role;
        this.applicationId = applicationId;
        this.borrowerId = borrowerId;
        this.scoredAt = at;
        this.score = score;
        this.probabilityOfDefault = pd;
        String reasons = String.join(",", reasonCodes);
        this.reasonCodes =
                reasons.isEmpty()
                        ? null
                        : reasons.length() > 500 ? reasons.substring(0, 500) : reasons;
        this.binIndexes =
                Arrays.stream(bins).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    /** The bin index per characteristic, in the scorecard's characteristic order. */
    public int[] bins() {
        return Arrays.stream(binIndexes.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public ActivationRole getRole() {
        return role;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public int getScore() {
        return score;
    }

    public BigDecimal getProbabilityOfDefault() {
        return probabilityOfDefault;
    }

    public String getReasonCodes() {
        return reasonCodes;
    }
}
