package com.microcredit.web.portfolio;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.BlindLendingService;
import com.microcredit.portfolio.api.CalibrationView;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.ProgrammeView;
import com.microcredit.portfolio.api.ProposeCalibration;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The blind-lending page: the ceiling formula with today's parameters, realised against assumed
 * defaults, and recalibration under dual control (propose here, a second risk manager approves).
 */
@Named
@ViewScoped
public class BlindLendingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "calibration:";

    @Inject @BankZone private ZoneId bankZone;

    @EJB private transient BlindLendingService blind;

    private ProgrammeView programme;
    private List<CalibrationView> calibrations = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    private BigDecimal totalAssets;
    private BigDecimal toleratedLossShare;
    private BigDecimal assumedDefaultRate;
    private BigDecimal lossGivenDefault;
    private Integer singleLoanDivisor;
    private BigDecimal defaultRateTolerance;
    private Integer minimumSample;
    private String reason;

    @PostConstruct
    void load() {
        programme = blind.programme();
        calibrations = blind.calibrations(30);
        totalAssets = programme.totalAssets();
        toleratedLossShare = programme.toleratedLossShare();
        assumedDefaultRate = programme.assumedDefaultRate();
        lossGivenDefault = programme.lossGivenDefault();
        singleLoanDivisor = programme.singleLoanDivisor();
        defaultRateTolerance = programme.defaultRateTolerance();
        minimumSample = programme.minimumSample();
    }

    public void propose() {
        boolean ok =
                requireShare("toleratedLossShare", toleratedLossShare)
                        & requireShare("assumedDefaultRate", assumedDefaultRate)
                        & requireShare("lossGivenDefault", lossGivenDefault);
        if (totalAssets == null || totalAssets.signum() <= 0 || totalAssets.scale() > 2) {
            Messages.fieldError(FORM + "totalAssets", Messages.text("blind.totalAssets.invalid"));
            ok = false;
        }
        if (reason == null || reason.isBlank()) {
            Messages.fieldError(FORM + "reason", Messages.text("limits.reason.required"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            CalibrationView proposed =
                    blind.proposeCalibration(
                            new ProposeCalibration(
                                    totalAssets,
                                    "CNY",
                                    toleratedLossShare,
                                    assumedDefaultRate,
                                    lossGivenDefault,
                                    singleLoanDivisor == null ? 0 : singleLoanDivisor,
                                    defaultRateTolerance,
                                    minimumSample == null ? 0 : minimumSample,
                                    reason));
            Messages.pageInfo(Messages.text("blind.proposed", proposed.id()));
            reason = null;
            load();
        } catch (ChangeRefusedException e) {
            Messages.fieldError(FORM + "reason", Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    private static boolean requireShare(String field, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            Messages.fieldError(FORM + field, Messages.text("blind.share.invalid"));
            return false;
        }
        return true;
    }

    public void approve(long id) {
        decide(id, true);
    }

    public void reject(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        try {
            CalibrationView decided =
                    approve
                            ? blind.approveCalibration(id, notes.get(id))
                            : blind.rejectCalibration(id, notes.get(id));
            Messages.pageInfo(Messages.text("limits.decided." + decided.status(), decided.id()));
            load();
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    /**
     * The formula with today's numbers, e.g. "10,000,000,000.00 × 0.01 / (0.3 × 1) =
     * 333,333,333.33".
     */
    public String getFormula() {
        return String.format(
                "%,.2f × %s / (%s × %s) = %,.2f",
                programme.totalAssets(),
                plain(programme.toleratedLossShare()),
                plain(programme.assumedDefaultRate()),
                plain(programme.lossGivenDefault()),
                programme.formulaCeiling());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    public List<CalibrationView> getPendingCalibrations() {
        return calibrations.stream().filter(c -> "PROPOSED".equals(c.status())).toList();
    }

    public List<CalibrationView> getDecidedCalibrations() {
        return calibrations.stream().filter(c -> !"PROPOSED".equals(c.status())).toList();
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public BigDecimal getTotalAssets() {
        return totalAssets;
    }

    public void setTotalAssets(BigDecimal totalAssets) {
        this.totalAssets = totalAssets;
    }

    public BigDecimal getToleratedLossShare() {
        return toleratedLossShare;
    }

    public void setToleratedLossShare(BigDecimal toleratedLossShare) {
        this.toleratedLossShare = toleratedLossShare;
    }

    public BigDecimal getAssumedDefaultRate() {
        return assumedDefaultRate;
    }

    public void setAssumedDefaultRate(BigDecimal assumedDefaultRate) {
        this.assumedDefaultRate = assumedDefaultRate;
    }

    public BigDecimal getLossGivenDefault() {
        return lossGivenDefault;
    }

    public void setLossGivenDefault(BigDecimal lossGivenDefault) {
        this.lossGivenDefault = lossGivenDefault;
    }

    public Integer getSingleLoanDivisor() {
        return singleLoanDivisor;
    }

    public void setSingleLoanDivisor(Integer singleLoanDivisor) {
        this.singleLoanDivisor = singleLoanDivisor;
    }

    public BigDecimal getDefaultRateTolerance() {
        return defaultRateTolerance;
    }

    public void setDefaultRateTolerance(BigDecimal defaultRateTolerance) {
        this.defaultRateTolerance = defaultRateTolerance;
    }

    public Integer getMinimumSample() {
        return minimumSample;
    }

    public void setMinimumSample(Integer minimumSample) {
        this.minimumSample = minimumSample;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
