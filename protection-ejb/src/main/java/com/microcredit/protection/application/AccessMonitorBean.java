package com.microcredit.protection.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.protection.api.AccessMonitor;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.CallOrigin;
import com.microcredit.protection.api.ProtectionRefusedException;
import com.microcredit.protection.api.SecurityAlertView;
import com.microcredit.protection.domain.audit.AuditAction;
import com.microcredit.protection.domain.monitoring.AlertKind;
import com.microcredit.protection.domain.monitoring.AlertStatus;
import com.microcredit.protection.domain.monitoring.QueryMonitoringRules;
import com.microcredit.protection.domain.monitoring.SecurityAlert;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.IdentityMask;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Audits each view of a borrower's data and applies {@link QueryMonitoringRules}; alerts are rows
 * that risk managers see on their alerts page (and in the server log, for the bank's SIEM).
 */
@Stateless
@RolesAllowed({"RISK_MANAGER", "AUDITOR"})
public class AccessMonitorBean implements AccessMonitor {

    private static final Logger LOG = Logger.getLogger(AccessMonitorBean.class.getName());

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext context;

    @Inject private ProtectionSettings settings;

    @Override
    // every view of a borrower by any role is counted
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
    public void borrowerViewed(
            long borrowerId, Long borrowerBookId, Long viewerBookId, String what) {
        String actor = AuditTrailBean.caller(context);
        Instant now = clock.instant();
        em.persist(
                AuditTrailBean.entry(
                        AuditEvent.coded(
                                "BORROWER_VIEW",
                                "BORROWER",
                                borrowerId,
                                "AUDIT_BORROWER_VIEWED",
                                what),
                        actor,
                        clock));
        QueryMonitoringRules rules = settings.monitoring();
        if (rules.outsideBook(viewerBookId, borrowerBookId)) {
            raise(
                    new SecurityAlert(
                            now,
                            AlertKind.OUTSIDE_BOOK,
                            actor,
                            borrowerId,
                            CodedText.of(
                                            "ALERT_OUTSIDE_BOOK",
                                            borrowerId,
                                            what,
                                            borrowerBookId,
                                            CallOrigin.current(),
                                            viewerBookId)
                                    .stored()));
        }
        em.flush();
        long distinct =
                em.createQuery(
                                "select count(distinct a.subjectId) from AuditEntry a where a.actor"
                                    + " = :actor and a.action = :action and a.occurredAt >= :since",
                                Long.class)
                        .setParameter("actor", actor)
                        .setParameter("action", AuditAction.BORROWER_VIEW)
                        .setParameter("since", rules.windowStart(now))
                        .getSingleResult();
        Instant lastVolumeAlert =
                em.createQuery(
                                "select s.raisedAt from SecurityAlert s where s.actor = :actor "
                                        + "and s.kind = :kind order by s.raisedAt desc",
                                Instant.class)
                        .setParameter("actor", actor)
                        .setParameter("kind", AlertKind.QUERY_VOLUME)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (rules.volumeAlertDue(distinct, lastVolumeAlert, now)) {
            raise(
                    new SecurityAlert(
                            now,
                            AlertKind.QUERY_VOLUME,
                            actor,
                            null,
                            CodedText.of(
                                            "ALERT_QUERY_VOLUME",
                                            distinct,
                                            rules.window().toMinutes(),
                                            rules.maxBorrowers(),
                                            CallOrigin.current())
                                    .stored()));
        }
    }

    @Override
    @RolesAllowed("SYSTEM")
    public void inboundConflict(String messageType, String businessKey, List<String> fields) {
        raise(
                new SecurityAlert(
                        clock.instant(),
                        AlertKind.INBOUND_CONFLICT,
                        "CORE_BANKING",
                        null,
                        CodedText.of(
                                        "INBOUND_CONFLICT",
                                        messageType,
                                        IdentityMask.maskNumbersIn(businessKey),
                                        fields)
                                .stored()));
    }

    private void raise(SecurityAlert alert) {
        em.persist(alert);
        LOG.warning(
                () ->
                        "Security alert "
                                + alert.getKind()
                                + " for "
                                + alert.getActor()
                                + ": "
                                + alert.getDetail());
    }

    @Override
    public List<SecurityAlertView> alerts(boolean openOnly, int maxResults) {
        var query =
                em.createQuery(
                        "select s from SecurityAlert s"
                                + (openOnly ? " where s.status = :open" : "")
                                + " order by s.status, s.raisedAt desc, s.id desc",
                        SecurityAlert.class);
        if (openOnly) {
            query.setParameter("open", AlertStatus.OPEN);
        }
        return query.setMaxResults(Math.min(Math.max(maxResults, 1), 500)).getResultList().stream()
                .map(AccessMonitorBean::view)
                .toList();
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public SecurityAlertView acknowledge(long alertId, String note) {
        SecurityAlert alert = em.find(SecurityAlert.class, alertId);
        if (alert == null) {
            throw new ProtectionRefusedException("No alert " + alertId);
        }
        String reviewer = AuditTrailBean.caller(context);
        try {
            alert.acknowledge(reviewer, note, clock.instant());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ProtectionRefusedException(e.getMessage());
        }
        em.persist(
                AuditTrailBean.entry(
                        AuditEvent.coded(
                                        "ALERT_ACKNOWLEDGED",
                                        "ALERT",
                                        alertId,
                                        "AUDIT_ALERT_ACKNOWLEDGED",
                                        alert.getKind(),
                                        alert.getActor())
                                .about(alert.getBorrowerId()),
                        reviewer,
                        clock));
        return view(alert);
    }

    private static SecurityAlertView view(SecurityAlert s) {
        return new SecurityAlertView(
                s.getId(),
                s.getRaisedAt(),
                s.getKind().name(),
                s.getActor(),
                s.getBorrowerId(),
                s.getDetail(),
                s.getStatus().name(),
                s.getAcknowledgedBy(),
                s.getAcknowledgedAt(),
                s.getAcknowledgementNote());
    }
}
