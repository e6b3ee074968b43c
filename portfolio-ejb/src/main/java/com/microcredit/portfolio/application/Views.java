package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.CalibrationView;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitChangeView;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.domain.blind.BlindLendingParameters;
import com.microcredit.portfolio.domain.blind.CeilingCalibration;
import com.microcredit.portfolio.domain.change.LimitChange;
import com.microcredit.portfolio.domain.exposure.LoanExposure;
import com.microcredit.portfolio.domain.exposure.QualitativeFloor;
import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.approval.MakerChecker;

/** Maps portfolio aggregates to the records of the module's API. */
final class Views {

    private Views() {}

    static LimitType type(LimitDimension d) {
        return LimitType.valueOf(d.name());
    }

    static LimitDimension dimension(LimitType t) {
        return LimitDimension.valueOf(t.name());
    }

    static LimitView limit(ExposureLimit l) {
        return new LimitView(
                l.getId(),
                type(l.getDimension()),
                l.getLimitKey(),
                l.limit().currency().getCurrencyCode(),
                l.limit().amount(),
                l.utilised().amount(),
                l.getBlockedReason(),
                l.getMaxSingleAmount());
    }

    static ExposureView exposure(LoanExposure e) {
        return new ExposureView(
                e.getReference(),
                e.profile().borrowerId(),
                e.profile().productCode(),
                e.profile().informationPath(),
                e.profile().blindLending(),
                e.principal().currency().getCurrencyCode(),
                e.principal().amount(),
                e.outstanding().amount(),
                e.getStatus().name(),
                e.getDaysPastDue(),
                e.getCategory().name(),
                e.qualitativeFloor().map(f -> f.category().name()).orElse(null),
                e.qualitativeFloor().map(QualitativeFloor::reason).orElse(null),
                e.provisions().specific(),
                e.provisions().general(),
                e.getBookedAt(),
                e.profile().limitKeys().entrySet().stream()
                        .map(k -> k.getKey() + ":" + k.getValue())
                        .toList());
    }

    static LimitChangeView change(LimitChange c) {
        MakerChecker d = c.approval();
        return new LimitChangeView(
                c.getId(),
                type(c.getDimension()),
                c.getLimitKey(),
                c.proposed().currency().getCurrencyCode(),
                c.getBeforeAmount(),
                c.proposed().amount(),
                d.state().name(),
                c.getReason(),
                d.maker(),
                d.madeAt(),
                d.checker(),
                d.checkedAt(),
                d.note());
    }

    static CalibrationView calibration(CeilingCalibration c) {
        BlindLendingParameters p = c.parameters();
        MakerChecker d = c.approval();
        return new CalibrationView(
                c.getId(),
                p.totalAssets().amount(),
                p.toleratedLossShare(),
                p.assumedDefaultRate(),
                p.lossGivenDefault(),
                p.singleLoanDivisor(),
                p.defaultRateTolerance(),
                p.minimumSample(),
                c.getBeforeCeiling(),
                c.getAfterCeiling(),
                d.state().name(),
                c.getReason(),
                d.maker(),
                d.madeAt(),
                d.checker(),
                d.checkedAt(),
                d.note());
    }
}
