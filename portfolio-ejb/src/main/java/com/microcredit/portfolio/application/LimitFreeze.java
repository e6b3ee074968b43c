package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import com.microcredit.shared.domain.CodedText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** Freezing a borrower's undrawn limit as the action taken on a warning signal. */
@Dependent
class LimitFreeze {

    @Inject private LimitStore limits;

    /**
     * The borrower limit stops new drawings (releases continue) until a risk manager unblocks it.
     */
    void freezeBorrowerLimit(WarningSignal signal, String note) {
        var limit =
                limits.find(LimitDimension.BORROWER, String.valueOf(signal.getBorrowerId()))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Borrower "
                                                        + signal.getBorrowerId()
                                                        + " has no borrower limit to freeze"));
        limits.block(
                limit.getId(),
                CodedText.storedList(
                        List.of(
                                CodedText.of(
                                        "LIMIT_FROZEN_ON_WARNING",
                                        signal.getId(),
                                        signal.getIndicator()),
                                CodedText.plain(note.strip())),
                        500));
    }
}
