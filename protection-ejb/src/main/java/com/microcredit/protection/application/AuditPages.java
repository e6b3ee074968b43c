package com.microcredit.protection.application;

import com.microcredit.platform.api.ListRefusedException;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.protection.api.AuditEntryView;
import com.microcredit.protection.api.AuditQuery;
import com.microcredit.protection.domain.audit.AuditAction;
import com.microcredit.protection.domain.audit.AuditEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The audit trail's filters as a query, and the trail a page at a time (issue 26): sort keys
 * occurredAt (the default, newest first; index {@code ix_audit_occurred}) and actor ({@code
 * ix_audit_actor_time}); filters from and to (ISO instants), actor, action, subjectType, subjectId,
 * subjectIds and borrowerIds (comma-separated; borrowerIds finds every row about those borrowers,
 * whatever the subject); not counted – the trail grows with every view of the book.
 */
@Dependent
class AuditPages {

    static final ListSpec TRAIL =
            ListSpec.named("audit")
                    .sort("occurredAt", "a.occurredAt")
                    .sort("actor", "a.actor")
                    .byDefault("occurredAt", true)
                    .tieBreaker("a.id")
                    .filters(
                            "from",
                            "to",
                            "actor",
                            "action",
                            "subjectType",
                            "subjectId",
                            "subjectIds",
                            "borrowerIds")
                    .build();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    PageResult<AuditEntryView> page(PageRequest request) {
        String order = TRAIL.orderBy(request);
        String ids = request.filter("subjectIds");
        String borrowers = request.filter("borrowerIds");
        AuditQuery q =
                new AuditQuery(
                        instant(request, "from"),
                        instant(request, "to"),
                        request.filter("actor"),
                        action(request.filter("action")),
                        request.filter("subjectType"),
                        request.filter("subjectId"),
                        ids == null
                                ? List.of()
                                : Arrays.stream(ids.split(",")).map(String::strip).toList(),
                        0,
                        borrowerIds(borrowers));
        Map<String, Object> params = new java.util.HashMap<>();
        String where = where(q, params);
        TypedQuery<AuditEntry> query =
                em.createQuery(
                        "select a from AuditEntry a where 1 = 1" + where + order, AuditEntry.class);
        params.forEach(query::setParameter);
        List<AuditEntryView> rows =
                query
                        .setFirstResult(request.offset())
                        .setMaxResults(request.limit() + 1)
                        .getResultList()
                        .stream()
                        .map(AuditPages::view)
                        .toList();
        return PageResult.probed(rows, request);
    }

    /** The conditions of the auditor's filters (each optional), with their parameters. */
    static String where(AuditQuery q, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder();
        if (q.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            jpql.append(" and a.occurredAt < :to");
            params.put("to", q.to());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            jpql.append(" and a.actor = :actor");
            params.put("actor", q.actor().trim());
        }
        if (q.action() != null && !q.action().isBlank()) {
            jpql.append(" and a.action = :action");
            params.put("action", AuditAction.valueOf(q.action()));
        }
        if (q.subjectType() != null && !q.subjectType().isBlank()) {
            jpql.append(" and a.subjectType = :type");
            params.put("type", q.subjectType().trim());
        }
        if (q.subjectId() != null && !q.subjectId().isBlank()) {
            jpql.append(" and a.subjectId = :subject");
            params.put("subject", q.subjectId().trim());
        }
        if (!q.subjectIds().isEmpty()) {
            jpql.append(" and a.subjectId in :subjects");
            params.put("subjects", q.subjectIds());
        }
        if (!q.borrowerIds().isEmpty()) {
            jpql.append(" and a.borrowerId in :borrowers");
            params.put("borrowers", q.borrowerIds());
        }
        return jpql.toString();
    }

    /** The borrower filter: comma-separated ids; refused by name when one is not a number. */
    private static List<Long> borrowerIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new ListRefusedException("borrowerIds", "LIST_FILTER_INVALID", "borrowerIds");
        }
    }

    static AuditEntryView view(AuditEntry a) {
        return new AuditEntryView(
                a.getId(),
                a.getOccurredAt(),
                a.getActor(),
                a.getAction().name(),
                a.getSubjectType(),
                a.getSubjectId(),
                a.getDetail(),
                a.getClientAddress());
    }

    private static Instant instant(PageRequest request, String filter) {
        String v = request.filter(filter);
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new ListRefusedException(filter, "LIST_FILTER_INVALID", filter);
        }
    }

    private static String action(String v) {
        if (v != null && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(v))) {
            throw new ListRefusedException(
                    "action",
                    "LIST_FILTER_NOT_ONE_OF",
                    "action",
                    String.join(
                            ", ", Arrays.stream(AuditAction.values()).map(Enum::name).toList()));
        }
        return v;
    }
}
