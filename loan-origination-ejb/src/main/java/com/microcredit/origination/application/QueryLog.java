package com.microcredit.origination.application;

import com.microcredit.origination.domain.consent.DataQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Writes the data-query log in its own transaction: a query happened even if the decision that
 * asked for it rolls back, so its log row must survive (the one REQUIRES_NEW use, see style guide §5).
 */
@Stateless
@PermitAll
public class QueryLog {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<DataQuery> queries) {
        queries.forEach(em::persist);
    }
}
