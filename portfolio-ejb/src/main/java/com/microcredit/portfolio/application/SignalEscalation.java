package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.warning.SignalStatus;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The nightly escalation (domain guide §6): a signal not closed by its due date moves one rung up
 * the owner ladder with a new due date, in the caller's transaction.
 */
@Dependent
class SignalEscalation {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private WarningSettings settings;

    /** Moves every open signal overdue on the business date one rung up; returns how many. */
    int escalateOverdue(LocalDate businessDate) {
        List<WarningSignal> overdue =
                em.createQuery(
                                "SELECT s FROM WarningSignal s WHERE s.status <> :closed"
                                        + " AND s.ownership.dueOn < :today",
                                WarningSignal.class)
                        .setParameter("closed", SignalStatus.CLOSED)
                        .setParameter("today", businessDate)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        int escalated = 0;
        for (WarningSignal s : overdue) {
            if (s.escalateIfOverdue(businessDate, settings.responseTimes())) {
                escalated++;
            }
        }
        return escalated;
    }
}
