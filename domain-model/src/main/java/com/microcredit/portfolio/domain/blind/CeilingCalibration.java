package com.microcredit.portfolio.domain.blind;

import com.microcredit.shared.domain.approval.MakerChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A proposed recalibration of the blind-lending programme (new total assets, tolerated loss,
 * assumed default rate, ...). A second risk manager approves it; only then do the parameters – and
 * with them the ceiling – change, and a suspended programme reopens. Kept as the audit trail with
 * the ceiling before and after. The approval is the one {@link MakerChecker}.
 */
@Entity
@Table(name = "ceiling_calibration")
public class CeilingCalibration {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Embedded private BlindLendingParameters parameters;

    @Column(name = "before_ceiling", precision = 19, scale = 2)
    private BigDecimal beforeCeiling;

    @Column(name = "after_ceiling", nullable = false, precision = 19, scale = 2)
    private BigDecimal afterCeiling;

    @Column(nullable = false, length = 500)
    private String reason;

    @Embedded private MakerChecker approval;

    @Version private long version;

    protected CeilingCalibration() {}

    public CeilingCalibration(
            BlindLendingParameters parameters, String reason, String proposedBy, Instant at) {
        this.parameters = parameters;
        this.afterCeiling = parameters.ceiling().amount();
        this.reason = MakerChecker.reason(reason, 500);
        this.approval = MakerChecker.propose(proposedBy, at);
    }

    /** Approves and applies the parameters to the programme. */
    public void approve(BlindLendingProgramme programme, String approver, Instant at, String note) {
        approval.approve(approver, at, note);
        this.beforeCeiling = programme.parameters().ceiling().amount();
        programme.recalibrate(parameters, approver, at);
    }

    public void reject(String checker, Instant at, String note) {
        approval.rejectOrWithdraw(checker, at, note);
    }

    public Long getId() {
        return id;
    }

    public BlindLendingParameters parameters() {
        return parameters;
    }

    public BigDecimal getBeforeCeiling() {
        return beforeCeiling;
    }

    public BigDecimal getAfterCeiling() {
        return afterCeiling;
    }

    public String getReason() {
        return reason;
    }

    /** Who proposed, who decided, and where the recalibration stands. */
    public MakerChecker approval() {
        return approval;
    }
}
