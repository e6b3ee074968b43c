package com.microcredit.protection.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.protection.api.AuditEntryView;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditQuery;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.protection.api.CallOrigin;
import com.microcredit.protection.domain.audit.AuditAction;
import com.microcredit.protection.domain.audit.AuditEntry;
import com.microcredit.shared.domain.CodedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the audit trail. Recording is open to every caller (each module audits its own
 * actions; the actor is always the caller's principal); reading is for auditors.
 */
@Stateless
// every role writes audit rows, refusals included; search and actions are the auditor's (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "ADMIN",
    "CORE_BANKING",
    "SYSTEM"
})
public class AuditTrailBean implements AuditTrail {

    static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    @Inject @BankZone private Clock clock;

    @Inject private AuditPages pages;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext context;

    @Override
    public void record(AuditEvent event) {
        em.persist(entry(event, caller(context), clock));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlways(AuditEvent event) {
        em.persist(entry(event, caller(context), clock));
    }

    /** A row for an actor given explicitly (sign-in events, before there is a principal). */
    static AuditEntry entry(AuditEvent event, String actor, Clock clock) {
        AuditAction action;
        try {
            action = AuditAction.valueOf(event.action());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "Unknown audit action "
                            + event.action()
                            + "; known: "
                            + Arrays.toString(AuditAction.values()));
        }
        return new AuditEntry(
                clock.instant(),
                actor,
                action,
                event.subjectType(),
                event.subjectId(),
                detail(event.detail()),
                CallOrigin.current(),
                borrowerId(event));
    }

    /** A coded detail in the stored form, cut to the column by whole texts (ADR 0027). */
    static String detail(String detail) {
        List<CodedText> texts = CodedText.parseList(detail);
        return texts.isEmpty() || texts.get(0).isPlain()
                ? detail
                : CodedText.storedList(texts, AuditEntry.DETAIL_LENGTH);
    }

    /** The borrower the event names, or its subject when that is a borrower. */
    static Long borrowerId(AuditEvent event) {
        if (event.borrowerId() != null) {
            return event.borrowerId();
        }
        if ("BORROWER".equals(event.subjectType()) && event.subjectId() != null) {
            try {
                return Long.valueOf(event.subjectId().strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    static String caller(SessionContext context) {
        var principal = context.getCallerPrincipal();
        return principal == null ? UNAUTHENTICATED : principal.getName();
    }

    @Override
    @RolesAllowed("AUDITOR")
    public List<AuditEntryView> search(AuditQuery q) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql =
                new StringBuilder("select a from AuditEntry a where 1 = 1")
                        .append(AuditPages.where(q, params));
        jpql.append(" order by a.occurredAt desc, a.id desc");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        params.forEach(query::setParameter);
        return query
                .setMaxResults(Math.min(Math.max(q.maxResults(), 1), 1000))
                .getResultList()
                .stream()
                .map(AuditPages::view)
                .toList();
    }

    @Override
    @RolesAllowed("AUDITOR")
    public PageResult<AuditEntryView> searchPage(PageRequest request) {
        return pages.page(request);
    }

    @Override
    @RolesAllowed("AUDITOR")
    public List<String> actions() {
        List<String> names = new ArrayList<>();
        for (AuditAction a : AuditAction.values()) {
            names.add(a.name());
        }
        return names;
    }
}
