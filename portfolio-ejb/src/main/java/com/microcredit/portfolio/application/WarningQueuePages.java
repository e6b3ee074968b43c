package com.microcredit.portfolio.application;

import com.microcredit.platform.api.ListRefusedException;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.portfolio.domain.warning.OwnerRole;
import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The warning queue a page at a time (issue 26): the ids of one page are read in the requested
 * order on the database (severity, due date, raised, sightings; id breaks ties), then their
 * signals; the open signals the filters match are counted (index {@code ix_warning_status_level}
 * and, with an owner role, {@code ix_warning_owner}).
 */
@Dependent
class WarningQueuePages {

    /** Severity as a number, so that RED sorts above ORANGE whatever the level's spelling. */
    private static final String SEVERITY =
            "CASE signal_level WHEN 'RED' THEN 3 WHEN 'ORANGE' THEN 2 WHEN 'YELLOW' THEN 1 ELSE 0"
                    + " END";

    static final ListSpec QUEUE =
            ListSpec.named("warnings")
                    .sort("level", SEVERITY)
                    .sort("dueOn", "due_on")
                    .sort("raisedAt", "raised_at")
                    .sort("sightings", "sightings")
                    .byDefault("level", true)
                    .tieBreaker("id")
                    .filters("ownerRole", "owner", "level")
                    .build();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private WarningQueries queries;

    PageResult<SignalCaseView> page(PageRequest request) {
        QUEUE.check(request);
        List<Object> params = new ArrayList<>();
        String where = where(request, params);
        Query ids =
                em.createNativeQuery(
                                "SELECT id FROM warning_signal" + where + QUEUE.orderBy(request))
                        .setFirstResult(request.offset())
                        .setMaxResults(request.limit());
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM warning_signal" + where);
        for (int i = 0; i < params.size(); i++) {
            ids.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        List<Long> page = new ArrayList<>();
        for (Object id : ids.getResultList()) {
            page.add(((Number) id).longValue());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        if (page.isEmpty()) {
            return PageResult.counted(List.of(), total, request);
        }
        Map<Long, WarningSignal> byId = new HashMap<>();
        em.createQuery("SELECT s FROM WarningSignal s WHERE s.id IN :ids", WarningSignal.class)
                .setParameter("ids", page)
                .getResultList()
                .forEach(s -> byId.put(s.getId(), s));
        List<SignalCaseView> rows =
                page.stream()
                        .filter(byId::containsKey)
                        .map(id -> queries.caseOf(byId.get(id), false))
                        .toList();
        return PageResult.counted(rows, total, request);
    }

    /** The WHERE clause of the open signals the filters match; its parameters in order. */
    private static String where(PageRequest request, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE status <> 'CLOSED'");
        String role = request.filter("ownerRole");
        if (role != null) {
            where.append(" AND owner_role = ?" + (params.size() + 1));
            params.add(oneOf("ownerRole", role, OwnerRole.values()));
        }
        String owner = request.filter("owner");
        if (owner != null) {
            where.append(" AND owner = ?" + (params.size() + 1));
            params.add(owner);
        }
        String level = request.filter("level");
        if (level != null) {
            where.append(" AND signal_level = ?" + (params.size() + 1));
            params.add(oneOf("level", level, SignalLevel.values()));
        }
        return where.toString();
    }

    private static String oneOf(String filter, String value, Enum<?>[] values) {
        for (Enum<?> v : values) {
            if (v.name().equals(value)) {
                return v.name();
            }
        }
        throw new ListRefusedException(
                filter,
                "LIST_FILTER_NOT_ONE_OF",
                filter,
                String.join(", ", Arrays.stream(values).map(Enum::name).toList()));
    }
}
