package com.microcredit.origination.application;

import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.BorrowerNumbers;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
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

    /**
     * The borrower list (issue 26): sort keys name (the default, index {@code ix_borrower_name})
     * and id; filter text (part of the name, or a mobile number); not counted – a name part is
     * matched anywhere in the name, which no index narrows – but read one row further.
     */
    static final ListSpec LIST =
            ListSpec.named("borrowers")
                    .sort("name", "b.name")
                    .sort("id", "b.id")
                    .tieBreaker("b.id")
                    .filters("text")
                    .build();

    /** One page of the borrower list; the search (its first page) is audited as before. */
    PageResult<BorrowerView> page(PageRequest request) {
        String order = LIST.orderBy(request);
        String text = request.filter("text");
        String mobile = BorrowerNumbers.normaliseMobile(text);
        boolean byMobile = BorrowerNumbers.isMobile(mobile);
        if (request.offset() == 0) {
            audited(text, mobile, byMobile);
        }
        var query =
                em.createQuery(
                                "select b from Borrower b where "
                                        + (byMobile
                                                ? "b.mobileHash = :p"
                                                : "lower(b.name) like :p escape '\\'")
                                        + order,
                                Borrower.class)
                        .setParameter(
                                "p",
                                byMobile
                                        ? BorrowerNumbers.mobileLookup(hasher, mobile)
                                        : pattern(text))
                        .setFirstResult(request.offset())
                        .setMaxResults(request.limit() + 1);
        return PageResult.probed(
                query.getResultList().stream().map(BorrowerViews::borrower).toList(), request);
    }

    private void audited(String text, String mobile, boolean byMobile) {
        audit.record(
                byMobile
                        ? AuditEvent.coded(
                                "BORROWER_SEARCH",
                                "BORROWER",
                                null,
                                "AUDIT_SEARCH_BY_MOBILE",
                                IdentityMask.mask(mobile, 3, 4))
                        : AuditEvent.coded(
                                "BORROWER_SEARCH",
                                "BORROWER",
                                null,
                                "AUDIT_SEARCH_BY_NAME",
                                text == null ? "" : IdentityMask.maskNumbersIn(text.strip())));
    }

    private static String pattern(String nameFragment) {
        return "%"
                + (nameFragment == null
                        ? ""
                        : nameFragment
                                .trim()
                                .toLowerCase()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_"))
                + "%";
    }

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
