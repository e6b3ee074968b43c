package com.microcredit.origination.application;

import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.BorrowerNumbers;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.IdentityMask;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Finding borrowers: by name or by mobile (through its lookup hash), every search on the audit
 * trail with numbers masked; a manager's book.
 */
@Dependent
class BorrowerSearch {

    @Inject private LookupHasher hasher;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private AuditTrail audit;

    List<BorrowerView> search(String nameFragment, int maxResults) {
        String mobile = BorrowerNumbers.normaliseMobile(nameFragment);
        if (BorrowerNumbers.isMobile(mobile)) {
            // Only the masked number goes on the trail: the audit details never hold a full number.
            audit.record(
                    AuditEvent.coded(
                            "BORROWER_SEARCH",
                            "BORROWER",
                            null,
                            "AUDIT_SEARCH_BY_MOBILE",
                            IdentityMask.mask(mobile, 3, 4)));
            return em
                    .createQuery(
                            "select b from Borrower b where b.mobileHash = :h order by b.name",
                            Borrower.class)
                    .setParameter("h", BorrowerNumbers.mobileLookup(hasher, mobile))
                    .setMaxResults(Math.min(Math.max(maxResults, 1), 200))
                    .getResultList()
                    .stream()
                    .map(BorrowerViews::borrower)
                    .toList();
        }
        // A number typed into the name search (an identity number by mistake) goes on the trail
        // masked.
        audit.record(
                AuditEvent.coded(
                        "BORROWER_SEARCH",
                        "BORROWER",
                        null,
                        "AUDIT_SEARCH_BY_NAME",
                        nameFragment == null
                                ? ""
                                : IdentityMask.maskNumbersIn(nameFragment.strip())));
        String pattern =
                "%"
                        + (nameFragment == null
                                ? ""
                                : nameFragment
                                        .trim()
                                        .toLowerCase()
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_"))
                        + "%";
        return em
                .createQuery(
                        "select b from Borrower b where lower(b.name) like :p escape '\\' order by"
                                + " b.name",
                        Borrower.class)
                .setParameter("p", pattern)
                .setMaxResults(Math.min(Math.max(maxResults, 1), 200))
                .getResultList()
                .stream()
                .map(BorrowerViews::borrower)
                .toList();
    }

    List<BorrowerView> ofAccountManager(long accountManagerId, int maxResults) {
        return em
                .createQuery(
                        "select b from Borrower b where b.accountManagerId = :m order by b.name",
                        Borrower.class)
                .setParameter("m", accountManagerId)
                .setMaxResults(Math.min(Math.max(maxResults, 1), 500))
                .getResultList()
                .stream()
                .map(BorrowerViews::borrower)
                .toList();
    }
}
