package com.microcredit.portfolio.domain.exposure;

import com.microcredit.portfolio.domain.classification.LoanCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A credit officer's judgement that a loan is worse than its days past due show: the category it
 * may not be better than, and why. Part of the {@link LoanExposure} row; absent (null) without one.
 */
@Embeddable
public class QualitativeFloor {

    @Enumerated(EnumType.STRING)
    @Column(name = "qualitative_floor", length = 16)
    private LoanCategory category;

    @Column(name = "floor_reason", length = 500)
    private String reason;

    protected QualitativeFloor() {}

    /**
     * The floor after a downgrade to {@code floor} of a loan now in {@code current} under the
     * earlier floor {@code before} (may be null): the worse of the two, with the new reason.
     */
    static QualitativeFloor lowered(
            QualitativeFloor before, LoanCategory floor, String reason, LoanCategory current) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A qualitative downgrade needs a reason");
        }
        if (!floor.isWorseThan(current)) {
            throw new IllegalArgumentException(
                    "A downgrade must be worse than the current category " + current);
        }
        QualitativeFloor f = new QualitativeFloor();
        f.category = LoanCategory.worst(categoryOf(before), floor);
        f.reason = reason.strip();
        return f;
    }

    /** The floor's category, or null without a floor. */
    static LoanCategory categoryOf(QualitativeFloor floor) {
        return floor == null ? null : floor.category;
    }

    public LoanCategory category() {
        return category;
    }

    public String reason() {
        return reason;
    }
}
