package com.microcredit.origination.application;

import com.microcredit.origination.domain.consent.CachedResponse;
import com.microcredit.origination.domain.consent.DataQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the data-query log and the paid-for answers in their own transaction: a query happened
 * (and was paid for) even if the decision that asked for it rolls back, so its log row and its
 * cached answer must survive (the one REQUIRES_NEW use, see style guide §5). Hourly, answers past
 * their retention period are deleted.
 */
@Stateless
// every data-gateway query is logged, whoever asks (the gateway's roles, ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "CORE_BANKING",
    "SYSTEM"
})
public class QueryLog {

    private static final Logger LOG = Logger.getLogger(QueryLog.class.getName());

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<DataQuery> queries) {
        queries.forEach(em::persist);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<DataQuery> queries, List<CachedResponse> answers) {
        queries.forEach(em::persist);
        answers.forEach(em::persist);
    }

    /** Hourly: the answers past their retention period are deleted. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll // the container's timer, no caller; not public, so no client can call it
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes every cached answer whose retention period has ended; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeExpiredAnswers() {
        return purge();
    }

    private int purge() {
        int purged =
                em.createQuery("delete from CachedResponse r where r.expiresAt <= :now")
                        .setParameter("now", Instant.now())
                        .executeUpdate();
        if (purged > 0) {
            LOG.info(
                    () ->
                            "Data gateway: "
                                    + purged
                                    + " cached answer(s) past their retention period deleted");
        }
        return purged;
    }
}
