package com.microcredit.supplychain.application;

import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.ApprovalState;
import com.microcredit.supplychain.api.HealthOutcome;
import com.microcredit.supplychain.api.HubHealthService;
import com.microcredit.supplychain.api.IndicatorReadingView;
import com.microcredit.supplychain.api.ProposeHubStatus;
import com.microcredit.supplychain.api.RecordHubIndicators;
import com.microcredit.supplychain.api.StatusChangeView;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.domain.health.HealthAssessment;
import com.microcredit.supplychain.domain.health.HubIndicatorReading;
import com.microcredit.supplychain.domain.health.HubIndicators;
import com.microcredit.supplychain.domain.health.HubStatusChange;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.hub.HubStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
@RolesAllowed({"RISK_MANAGER", "CREDIT_OFFICER", "AUDITOR"})
public class HubHealthServiceBean implements HubHealthService {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private SupplyChainSettings settings;

    @Inject private ChainContagion contagion;

    @Resource private SessionContext context;

    @EJB private AuditTrail audit;

    @Override
    // Risk managers (hub list page) and the monitoring jobs that feed bureau, court and
    // financial-statement
    // events, which run as the system identity (ADR 0009, 0014).
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public HealthOutcome recordIndicators(RecordHubIndicators c) {
        HubEnterprise hub = lockedHub(c.hubId());
        HubIndicators indicators;
        try {
            indicators =
                    new HubIndicators(
                            c.asOf(),
                            c.latePaymentShare(),
                            c.revenueTrend(),
                            c.bureauEvents(),
                            c.courtEvents());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SupplyChainRefusedException(null, "HUB_INDICATORS_INVALID").because(e);
        }
        HealthAssessment assessment = settings.healthPolicy().assess(indicators);
        HubIndicatorReading reading =
                new HubIndicatorReading(
                        hub.getId(), indicators, assessment, caller(), clock.instant());
        em.persist(reading);
        em.flush();
        HubStatusChange change =
                HubStatusChange.fromIndicators(
                        hub, assessment, reading.getId(), caller(), clock.instant());
        int warned = 0;
        if (change != null) {
            em.persist(change);
            em.flush();
            warned = contagion.apply(hub, change);
            audited(
                    change,
                    hub,
                    CodedText.of("HUB_CHANGE_FROM_INDICATORS", reading.getId()),
                    change.getReason());
        }
        return new HealthOutcome(
                SupplyChainViews.reading(reading),
                SupplyChainViews.hub(hub),
                change == null ? null : SupplyChainViews.change(change, hub.getName()),
                warned);
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public StatusChangeView propose(ProposeHubStatus c) {
        HubEnterprise hub = lockedHub(c.hubId());
        boolean pending =
                !em.createQuery(
                                "select c.id from HubStatusChange c where c.hubId = :h and"
                                        + " c.approval.state = :s",
                                Long.class)
                        .setParameter("h", hub.getId())
                        .setParameter("s", ApprovalState.PROPOSED)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        if (pending) {
            throw new SupplyChainRefusedException(null, "HUB_STATUS_CHANGE_PENDING", hub.getName());
        }
        try {
            HubStatusChange change =
                    HubStatusChange.propose(
                            hub, status(c.status()), c.reason(), caller(), clock.instant());
            em.persist(change);
            em.flush();
            audited(
                    change,
                    hub,
                    CodedText.of("HUB_CHANGE_PROPOSED"),
                    CodedText.plain(c.reason()).stored());
            return SupplyChainViews.change(change, hub.getName());
        } catch (ApprovalRefusal e) {
            throw new SupplyChainRefusedException(null, e.code(), e.arguments().toArray());
        } catch (FieldRefusal e) {
            throw new SupplyChainRefusedException(e.field(), e.code(), e.arguments().toArray());
        }
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public StatusChangeView approve(long changeId, String note) {
        HubStatusChange change = lockedChange(changeId);
        HubEnterprise hub = lockedHub(change.getHubId());
        try {
            change.approve(hub, caller(), note, clock.instant());
        } catch (ApprovalRefusal e) {
            throw new SupplyChainRefusedException(null, e.code(), e.arguments().toArray());
        }
        contagion.apply(hub, change);
        audited(change, hub, CodedText.of("HUB_CHANGE_APPROVED"), plain(note));
        return SupplyChainViews.change(change, hub.getName());
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public StatusChangeView reject(long changeId, String note) {
        HubStatusChange change = lockedChange(changeId);
        try {
            change.reject(caller(), note, clock.instant());
        } catch (ApprovalRefusal e) {
            throw new SupplyChainRefusedException(null, e.code(), e.arguments().toArray());
        }
        HubEnterprise hub = em.find(HubEnterprise.class, change.getHubId());
        audited(change, hub, CodedText.of("HUB_CHANGE_REJECTED"), plain(note));
        return SupplyChainViews.change(change, hub.getName());
    }

    @Override
    public List<StatusChangeView> pending() {
        return em
                .createQuery(
                        "select c, h.name from HubStatusChange c, HubEnterprise h where h.id ="
                                + " c.hubId and c.approval.state = :s order by c.approval.madeAt",
                        Object[].class)
                .setParameter("s", ApprovalState.PROPOSED)
                .getResultList()
                .stream()
                .map(r -> SupplyChainViews.change((HubStatusChange) r[0], (String) r[1]))
                .toList();
    }

    @Override
    public List<StatusChangeView> history(long hubId) {
        HubEnterprise hub = hub(hubId);
        return em
                .createQuery(
                        "select c from HubStatusChange c where c.hubId = :h order by"
                                + " c.approval.madeAt desc, c.id desc",
                        HubStatusChange.class)
                .setParameter("h", hubId)
                .getResultList()
                .stream()
                .map(c -> SupplyChainViews.change(c, hub.getName()))
                .toList();
    }

    @Override
    public Optional<IndicatorReadingView> latestReading(long hubId) {
        return em.createQuery(
                        "select r from HubIndicatorReading r where r.hubId = :h order by"
                                + " r.recordedAt desc, r.id desc",
                        HubIndicatorReading.class)
                .setParameter("h", hubId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(SupplyChainViews::reading);
    }

    private HubEnterprise hub(long hubId) {
        HubEnterprise hub = em.find(HubEnterprise.class, hubId);
        if (hub == null) {
            throw new SupplyChainRefusedException(null, "NOT_FOUND", "HUB", hubId);
        }
        return hub;
    }

    /**
     * Status changes of one hub are serialised on the hub's row, so contagion never interleaves.
     */
    private HubEnterprise lockedHub(long hubId) {
        HubEnterprise hub = em.find(HubEnterprise.class, hubId, LockModeType.PESSIMISTIC_WRITE);
        if (hub == null) {
            throw new SupplyChainRefusedException(null, "NOT_FOUND", "HUB", hubId);
        }
        return hub;
    }

    private HubStatusChange lockedChange(long changeId) {
        HubStatusChange change =
                em.find(HubStatusChange.class, changeId, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new SupplyChainRefusedException(null, "NOT_FOUND", "HUB_STATUS_CHANGE", changeId);
        }
        return change;
    }

    private static HubStatus status(String name) {
        try {
            return HubStatus.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SupplyChainRefusedException(
                    "status", "NOT_ONE_OF", "NORMAL, WATCH, DISTRESSED");
        }
    }

    /**
     * The status change on the audit trail, in the caller's transaction (no row if it rolls back).
     */
    /** The audit detail as coded texts (ADR 0027): the change, what happened, then the text. */
    private void audited(
            HubStatusChange change, HubEnterprise hub, CodedText what, String storedText) {
        audit.record(
                AuditEvent.of(
                        "HUB_STATUS_CHANGE",
                        "HUB_STATUS_CHANGE",
                        change.getId(),
                        CodedText.prepend(
                                List.of(
                                        CodedText.of(
                                                "HUB_STATUS_CHANGE",
                                                hub.getId(),
                                                hub.getName(),
                                                change.getFromStatus(),
                                                change.getToStatus(),
                                                change.approval().state()),
                                        what),
                                storedText,
                                500)));
    }

    private static String plain(String note) {
        return note == null || note.isBlank() ? null : CodedText.plain(note.strip()).stored();
    }

    private String caller() {
        return context.getCallerPrincipal() == null
                ? "system"
                : context.getCallerPrincipal().getName();
    }
}
