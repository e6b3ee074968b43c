package com.microcredit.origination.infrastructure.gateway;

import com.microcredit.origination.application.AssociationSourceAdapter;
import com.microcredit.origination.application.DataSourceAdapter;
import com.microcredit.origination.domain.association.AssociatedPerson;
import com.microcredit.origination.domain.association.RegisteredAssociate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads a borrower's associated persons from the associated_person table (the shipped default). */
@ApplicationScoped
public class TableAssociationAdapter implements AssociationSourceAdapter {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public String name() {
        return TableSourceAdapter.NAME;
    }

    @Override
    public List<AssociatedPerson> fetch(DataSourceAdapter.SourceRequest request) {
        return em
                .createQuery(
                        "select a from RegisteredAssociate a where a.borrowerId = :b order by a.id",
                        RegisteredAssociate.class)
                .setParameter("b", request.borrowerId())
                .getResultList()
                .stream()
                .map(a -> a.toPerson(name()))
                .toList();
    }
}
