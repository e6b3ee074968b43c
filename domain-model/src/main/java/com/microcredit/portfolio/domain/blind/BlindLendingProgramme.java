package com.microcredit.portfolio.domain.blind;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The law-of-large-numbers programme: its calibrated parameters and whether it lends. It never
 * grows on its own: the ceiling follows only from the parameters, which change only through an
 * approved {@link CeilingCalibration}; and it stops itself when realised defaults outrun the
 * assumption (see {@link BlindLendingParameters#defaultRateBreached}).
 */
@Entity
@Table(name = "blind_lending_programme")
public class BlindLendingProgramme {

    /** There is one programme; its ceiling is the BLIND_LENDING_CEILING limit with this key. */
    public static final long THE_PROGRAMME = 1L;

    public static final String CEILING_KEY = "programme";

    @Id private Long id;

    @Embedded private BlindLendingParameters parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgrammeStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "calibrated_at", nullable = false)
    private Instant calibratedAt;

    @Column(name = "calibrated_by", nullable = false, length = 64)
    private String calibratedBy;

    @Version private long version;

    protected BlindLendingProgramme() {}

    public BlindLendingProgramme(
            BlindLendingParameters parameters, String calibratedBy, Instant at) {
        this.id = THE_PROGRAMME;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.status = ProgrammeStatus.OPEN;
        this.calibratedAt = Objects.requireNonNull(at, "at");
        this.calibratedBy = Objects.requireNonNull(calibratedBy, "calibratedBy");
    }

    /** Refuses a loan the programme may not take, with the reason; otherwise returns normally. */
    public void checkAdmits(Money amount) {
        if (status != ProgrammeStatus.OPEN) {
            throw new ProgrammeClosedException(
                    "Blind lending is suspended: " + CodedText.readable(statusReason));
        }
        if (amount.isGreaterThan(parameters.singleLoanCap())) {
            throw new ProgrammeClosedException(
                    "A blind-lending loan may not exceed the single-loan cap of "
                            + parameters.singleLoanCap()
                            + " (ceiling / "
                            + parameters.singleLoanDivisor()
                            + ")");
        }
    }

    /**
     * Applies the stop rule to the loans booked since the last calibration. Returns true when this
     * call suspended the programme.
     */
    public boolean reviewDefaultRate(long loansBooked, long loansDefaulted, Instant at) {
        if (status == ProgrammeStatus.OPEN
                && parameters.defaultRateBreached(loansBooked, loansDefaulted)) {
            status = ProgrammeStatus.SUSPENDED;
            statusReason =
                    CodedText.of(
                                    "PROGRAMME_DEFAULT_RATE_BREACHED",
                                    loansDefaulted,
                                    loansBooked,
                                    parameters.assumedDefaultRate(),
                                    parameters.defaultRateTolerance())
                            .stored();
            return true;
        }
        return false;
    }

    /**
     * New parameters, approved under dual control: the pool is measured afresh and lending reopens.
     */
    public void recalibrate(BlindLendingParameters newParameters, String approvedBy, Instant at) {
        this.parameters = Objects.requireNonNull(newParameters, "parameters");
        this.calibratedBy = approvedBy;
        this.calibratedAt = at;
        this.status = ProgrammeStatus.OPEN;
        this.statusReason = null;
    }

    public BlindLendingParameters parameters() {
        return parameters;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getCalibratedAt() {
        return calibratedAt;
    }

    public String getCalibratedBy() {
        return calibratedBy;
    }
}
