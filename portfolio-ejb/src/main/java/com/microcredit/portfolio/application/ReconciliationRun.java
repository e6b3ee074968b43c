package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.ReconciliationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;

/**
 * One day of a scheduled reconciliation in a transaction of its own, so one failing day rolls back
 * alone.
 */
@Stateless
// one day of reconcileSince (the reconciliation service's roles and the schedule)
@RolesAllowed({"RISK_MANAGER", "ADMIN", "SYSTEM"})
public class ReconciliationRun {

    @EJB private ReconciliationService reconciliation;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reconcileDay(String accountNumber, LocalDate businessDate) {
        reconciliation.reconcile(accountNumber, businessDate);
    }
}
