package com.microcredit.it;

import com.microcredit.origination.domain.association.RegisteredAssociate;
import com.microcredit.origination.domain.association.Relation;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Test-only setup of what a registry source and the borrower's consent would provide for the
 * associated-persons query (recording consents needs staff roles, which in-container tests lack).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AssociatesFixture {

    @Inject private LookupHasher hasher;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public void consent(long borrowerId, ConsentPurpose purpose, DataSource source) {
        LocalDate today = LocalDate.now(OriginationFixture.BANK_ZONE);
        em.persist(
                new DataConsent(
                        borrowerId,
                        purpose,
                        EnumSet.of(source),
                        today.plusMonths(6),
                        "IT-ASSOC-AUTH",
                        "it",
                        Instant.now(),
                        today));
    }

    public void registered(
            long borrowerId, String relation, String name, String identityNumber, String phone) {
        em.persist(
                new RegisteredAssociate(
                        borrowerId,
                        Relation.valueOf(relation),
                        name,
                        identityNumber,
                        phone,
                        LocalDate.now(OriginationFixture.BANK_ZONE),
                        hasher));
    }

    /** The identity number of a borrower (encrypted at rest: read through the entity). */
    public String identityOf(long borrowerId) {
        return em.find(Borrower.class, borrowerId).getIdentityNumber();
    }
}
