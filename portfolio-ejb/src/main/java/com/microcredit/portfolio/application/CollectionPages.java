package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.ListRefusedException;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.portfolio.api.CollectionCase;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The collection list a page at a time (issue 26): live loans overdue at least the collection
 * threshold or with a collection action, in the requested order (days past due, outstanding,
 * reference; index {@code ix_exposure_status_dpd}). Not counted – on a million-loan book the count
 * would read every overdue loan – but read one row further to say whether more follow. Filters:
 * {@code text} (part of the loan reference, or a borrower number when it is one) and {@code
 * borrowers} (borrower numbers, comma-separated: those a name matched).
 */
@Dependent
class CollectionPages {

    static final ListSpec COLLECTION =
            ListSpec.named("collection")
                    .sort("daysPastDue", "e.days_past_due")
                    .sort("outstanding", "e.outstanding")
                    .sort("loanReference", "e.reference")
                    .byDefault("daysPastDue", true)
                    .tieBreaker("e.reference")
                    .filters("text", "borrowers")
                    .build();

    private static final int MAX_BORROWERS = 200;

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private WarningSettings settings;

    PageResult<CollectionCase> page(PageRequest request) {
        String order = COLLECTION.orderBy(request);
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(settings.today(clock)));
        params.add(settings.collectionDays());
        String filter = filter(request, params);
        Query q =
                em.createNativeQuery(CollectionQueries.CASES + filter + order)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.limit() + 1);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return PageResult.probed(
                rows.stream().map(CollectionQueries::collectionCase).toList(), request);
    }

    private static String filter(PageRequest request, List<Object> params) {
        String text = request.filter("text");
        String borrowers = request.filter("borrowers");
        List<String> clauses = new ArrayList<>();
        if (text != null) {
            params.add("%" + text.toUpperCase(java.util.Locale.ROOT) + "%");
            clauses.add("UPPER(e.reference) LIKE ?" + params.size());
            if (text.matches("[0-9]{1,18}")) {
                params.add(Long.valueOf(text));
                clauses.add("e.borrower_id = ?" + params.size());
            }
        }
        if (borrowers != null) {
            String[] ids = borrowers.split(",");
            if (ids.length > MAX_BORROWERS) {
                throw new ListRefusedException("borrowers", "LIST_FILTER_INVALID", "borrowers");
            }
            List<String> marks = new ArrayList<>();
            for (String id : ids) {
                if (!id.strip().matches("[0-9]{1,18}")) {
                    throw new ListRefusedException("borrowers", "LIST_FILTER_INVALID", "borrowers");
                }
                params.add(Long.valueOf(id.strip()));
                marks.add("?" + params.size());
            }
            clauses.add("e.borrower_id IN (" + String.join(",", marks) + ")");
        }
        return clauses.isEmpty() ? "" : " AND (" + String.join(" OR ", clauses) + ")";
    }
}
