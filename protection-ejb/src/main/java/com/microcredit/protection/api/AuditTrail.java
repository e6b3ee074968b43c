package com.microcredit.protection.api;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The audit trail: who did what, when and from where. Append-only for the application – there is no
 * operation that changes or removes a row. The actor is the caller's principal, never a value the
 * caller passes in (sign-in events, recorded before there is a principal, go through {@link
 * StaffAccess}).
 */
@Local
public interface AuditTrail {

    /**
     * Adds a row in the caller's transaction: if the audited action rolls back, so does its row.
     */
    void record(AuditEvent event);

    /**
     * Adds a row in a transaction of its own: it stays even if the caller's work rolls back
     * (refusals).
     */
    void recordAlways(AuditEvent event);

    /** AUDITOR only. */
    List<AuditEntryView> search(AuditQuery query);

    /**
     * AUDITOR only: one page of the trail (issue 26): sort keys occurredAt (the default, newest
     * first) and actor; filters from, to (ISO instants), actor, action, subjectType, subjectId,
     * subjectIds (comma-separated); not counted (has more).
     */
    PageResult<AuditEntryView> searchPage(PageRequest request);

    /** The action names the trail knows, for the auditor's filter. */
    List<String> actions();
}
