package com.microcredit.origination.infrastructure.gateway;

import com.microcredit.origination.application.DataSourceAdapter;
import com.microcredit.origination.domain.scoring.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads a source's monthly observations from the alternative_data table (the shipped default for
 * every source).
 */
@ApplicationScoped
public class TableSourceAdapter implements DataSourceAdapter {

    public static final String NAME = "table";

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Observation> fetch(SourceRequest request) {
        // Read as values: nothing for the persistence context to manage or clone on the decision
        // path.
        return em.createQuery(
                        "select new"
                            + " com.microcredit.origination.domain.scoring.Observation(d.source,"
                            + " d.period, d.metric, d.amount) from AlternativeDatum d where"
                            + " d.borrowerId = :b and d.source = :s",
                        Observation.class)
                .setParameter("b", request.borrowerId())
                .setParameter("s", request.source())
                .getResultList();
    }
}
