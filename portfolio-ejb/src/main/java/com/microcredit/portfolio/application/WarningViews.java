package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.SignalActionView;
import com.microcredit.portfolio.api.WarningAction;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.portfolio.domain.warning.SignalAction;
import com.microcredit.portfolio.domain.warning.SignalClosing;
import com.microcredit.portfolio.domain.warning.WarningSignal;

/** The API records of warning signals and their actions. */
final class WarningViews {

    private WarningViews() {}

    static SignalActionView actionView(SignalAction a) {
        return new SignalActionView(
                a.getId(),
                a.getSignalId(),
                WarningAction.valueOf(a.getKind().name()),
                a.getNote(),
                a.getTakenBy(),
                a.getTakenAt(),
                a.getDueOn(),
                a.getCompletedBy(),
                a.getCompletedAt());
    }

    static WarningSignalView view(WarningSignal s) {
        return new WarningSignalView(
                s.getId(),
                s.getBorrowerId(),
                s.getLoanReference(),
                s.getIndicator(),
                WarningLevel.valueOf(s.getLevel().name()),
                s.getEvidence(),
                s.getSource(),
                s.getStatus().name(),
                s.getRaisedAt(),
                s.getLastSeenAt(),
                s.getSightings(),
                s.closing().map(SignalClosing::getClosedAt).orElse(null),
                s.closing().map(SignalClosing::getClosedBy).orElse(null),
                s.closing().map(SignalClosing::getClosingNote).orElse(null));
    }
}
