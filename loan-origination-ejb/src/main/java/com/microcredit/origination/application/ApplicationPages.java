package com.microcredit.origination.application;

import com.microcredit.origination.api.ApplicationSummary;
import com.microcredit.origination.domain.loan.ApplicationStatus;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.platform.api.ListRefusedException;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application list and the referral queue a page at a time (issue 26). Only indexed sort keys:
 * submittedAt ({@code ix_application_submitted}, with a status {@code ix_application_status}) and
 * id. The application list is not counted (a million applications), the referral queue is (the
 * referred ones, through the status index).
 */
@Dependent
class ApplicationPages {

    static final ListSpec APPLICATIONS =
            ListSpec.named("applications")
                    .sort("submittedAt", "a.submittedAt")
                    .sort("id", "a.id")
                    .byDefault("submittedAt", true)
                    .tieBreaker("a.id")
                    .filters("status", "borrower", "product", "preparedBy")
                    .build();

    static final ListSpec REFERRALS =
            ListSpec.named("referrals")
                    .sort("submittedAt", "a.submittedAt")
                    .sort("id", "a.id")
                    .byDefault("submittedAt", false)
                    .tieBreaker("a.id")
                    .filters("product", "preparedBy")
                    .build();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    PageResult<ApplicationSummary> applications(PageRequest request) {
        String order = APPLICATIONS.orderBy(request);
        Map<String, Object> params = new HashMap<>();
        String where = where(request, params);
        String status = request.filter("status");
        if (status != null) {
            where += " and a.status = :status";
            params.put("status", status(status));
        }
        Long borrower = ListSpec.number(request, "borrower");
        if (borrower != null) {
            where += " and a.borrowerId = :borrower";
            params.put("borrower", borrower);
        }
        return PageResult.probed(read(where, order, params, request, 1), request);
    }

    PageResult<ApplicationSummary> referrals(PageRequest request) {
        String order = REFERRALS.orderBy(request);
        Map<String, Object> params = new HashMap<>();
        String where = where(request, params) + " and a.status = :status";
        params.put("status", ApplicationStatus.REFERRED);
        List<ApplicationSummary> rows = read(where, order, params, request, 0);
        var count =
                em.createQuery(
                        "select count(a) from LoanApplication a where 1 = 1" + where, Long.class);
        params.forEach(count::setParameter);
        return PageResult.counted(rows, count.getSingleResult(), request);
    }

    private static String where(PageRequest request, Map<String, Object> params) {
        String where = "";
        if (request.filter("product") != null) {
            where += " and a.productCode = :product";
            params.put("product", request.filter("product"));
        }
        if (request.filter("preparedBy") != null) {
            where += " and a.preparedBy = :preparedBy";
            params.put("preparedBy", request.filter("preparedBy"));
        }
        return where;
    }

    private List<ApplicationSummary> read(
            String where, String order, Map<String, Object> params, PageRequest request, int more) {
        var q =
                em.createQuery(
                        "select a, b.name from LoanApplication a, Borrower b where b.id ="
                                + " a.borrowerId"
                                + where
                                + order,
                        Object[].class);
        params.forEach(q::setParameter);
        return q
                .setFirstResult(request.offset())
                .setMaxResults(request.limit() + more)
                .getResultList()
                .stream()
                .map(r -> ApplicationViews.summary((LoanApplication) r[0], (String) r[1]))
                .toList();
    }

    private static ApplicationStatus status(String value) {
        try {
            return ApplicationStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ListRefusedException(
                    "status",
                    "LIST_FILTER_NOT_ONE_OF",
                    "status",
                    String.join(
                            ", ",
                            Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList()));
        }
    }
}
