package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.ListRefusedException;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.LimitChangeService;
import com.microcredit.portfolio.api.LimitChangeView;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.ProposeLimitChange;
import com.microcredit.portfolio.domain.blind.BlindLendingProgramme;
import com.microcredit.portfolio.domain.change.LimitChange;
import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.limit.LimitExceededException;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.Money;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.ApprovalState;
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
import java.util.Optional;

/**
 * Dual-controlled limit changes. Reading (pending changes, history) is open to the roles the limits
 * page serves – risk managers, credit officers and auditors (README, pages); proposing and deciding
 * stay with risk managers.
 */
@Stateless
@RolesAllowed({"RISK_MANAGER", "CREDIT_OFFICER", "AUDITOR"})
public class LimitChangeServiceBean implements LimitChangeService {

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LimitStore rows;

    @Resource private SessionContext context;

    @EJB private AuditTrail audit;

    @Override
    @RolesAllowed("RISK_MANAGER")
    public LimitChangeView propose(ProposeLimitChange command) {
        if (command.type() == null || command.key() == null || command.key().isBlank()) {
            throw new ChangeRefusedException("key", "REQUIRED");
        }
        LimitDimension dimension = Views.dimension(command.type());
        Money amount = LimitServiceBean.money(command.amount(), command.currency());
        if (dimension == LimitDimension.BLIND_LENDING_CEILING
                && !BlindLendingProgramme.CEILING_KEY.equals(command.key().strip())) {
            throw new ChangeRefusedException(
                    "key", "CEILING_KEY", BlindLendingProgramme.CEILING_KEY);
        }
        requireWithinFormula(dimension, amount);
        try {
            String target =
                    LimitChange.knownTarget(dimension, command.key(), rows.targets(dimension));
            Optional<ExposureLimit> current = rows.find(dimension, target);
            if (current.isPresent() && current.get().utilised().isGreaterThan(amount)) {
                throw new ChangeRefusedException(
                        "amount", "LIMIT_BELOW_UTILISED", current.get().utilised());
            }
            LimitChange change =
                    LimitChange.propose(
                            dimension, target, amount, command.reason(), caller(), clock.instant());
            em.persist(change);
            em.flush();
            audited(change, "AUDIT_LIMIT_PROPOSED");
            return Views.change(change);
        } catch (ApprovalRefusal e) {
            throw new ChangeRefusedException(null, e.code(), e.arguments().toArray());
        } catch (FieldRefusal e) {
            throw new ChangeRefusedException(e.field(), e.code(), e.arguments().toArray());
        }
    }

    @Override
    public List<String> targets(LimitType type) {
        return type == null ? List.of() : rows.targets(Views.dimension(type));
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public LimitChangeView approve(long changeId, String note) {
        LimitChange change = load(changeId);
        Money amount = change.proposed();
        requireWithinFormula(change.getDimension(), amount);
        try {
            Optional<ExposureLimit> limit =
                    rows.findForChange(change.getDimension(), change.getLimitKey());
            change.approve(
                    caller(), clock.instant(), note, limit.map(ExposureLimit::limit).orElse(null));
            if (limit.isPresent()) {
                limit.get().changeAmount(amount);
            } else {
                rows.define(change.getDimension(), change.getLimitKey(), amount);
            }
            em.flush();
            audited(change, "AUDIT_LIMIT_APPROVED");
            return Views.change(change);
        } catch (ApprovalRefusal e) {
            throw new ChangeRefusedException(null, e.code(), e.arguments().toArray());
        } catch (LimitExceededException e) {
            throw new ChangeRefusedException(null, "LIMIT_EXCEEDED").because(e);
        }
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public LimitChangeView reject(long changeId, String note) {
        LimitChange change = load(changeId);
        try {
            change.reject(caller(), clock.instant(), note);
            audited(change, "AUDIT_LIMIT_REJECTED");
            return Views.change(change);
        } catch (ApprovalRefusal e) {
            throw new ChangeRefusedException(null, e.code(), e.arguments().toArray());
        } catch (FieldRefusal e) {
            throw new ChangeRefusedException(e.field(), e.code(), e.arguments().toArray());
        }
    }

    @Override
    public List<LimitChangeView> pending() {
        return em
                .createQuery(
                        "select c from LimitChange c where c.approval.state = :s order by c.id",
                        LimitChange.class)
                .setParameter("s", ApprovalState.PROPOSED)
                .getResultList()
                .stream()
                .map(Views::change)
                .toList();
    }

    @Override
    public List<LimitChangeView> history(int max) {
        return em
                .createQuery(
                        "select c from LimitChange c where c.approval.state <> :s order by c.id"
                                + " desc",
                        LimitChange.class)
                .setParameter("s", ApprovalState.PROPOSED)
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList()
                .stream()
                .map(Views::change)
                .toList();
    }

    /**
     * The decided changes a page at a time (issue 26): sort key id (the default, newest first);
     * filter type (a limit type); counted – changes are made by hand, a few a day.
     */
    static final ListSpec HISTORY =
            ListSpec.named("limitHistory")
                    .sort("id", "c.id")
                    .byDefault("id", true)
                    .tieBreaker("c.id")
                    .filters("type")
                    .build();

    @Override
    public PageResult<LimitChangeView> historyPage(PageRequest request) {
        String order = HISTORY.orderBy(request);
        String type = request.filter("type");
        LimitDimension dimension = null;
        if (type != null) {
            try {
                dimension = Views.dimension(LimitType.valueOf(type));
            } catch (IllegalArgumentException e) {
                throw new ListRefusedException(
                        "type",
                        "LIST_FILTER_NOT_ONE_OF",
                        "type",
                        String.join(
                                ", ",
                                java.util.Arrays.stream(LimitType.values())
                                        .map(Enum::name)
                                        .toList()));
            }
        }
        String where =
                " where c.approval.state <> :s"
                        + (dimension == null ? "" : " and c.dimension = :d");
        var rows = em.createQuery("select c from LimitChange c" + where + order, LimitChange.class);
        var count = em.createQuery("select count(c) from LimitChange c" + where, Long.class);
        rows.setParameter("s", ApprovalState.PROPOSED);
        count.setParameter("s", ApprovalState.PROPOSED);
        if (dimension != null) {
            rows.setParameter("d", dimension);
            count.setParameter("d", dimension);
        }
        return PageResult.counted(
                rows
                        .setFirstResult(request.offset())
                        .setMaxResults(request.limit())
                        .getResultList()
                        .stream()
                        .map(Views::change)
                        .toList(),
                count.getSingleResult(),
                request);
    }

    /** The ceiling can never be set above C = A × L / (PD × LGD) of the programme in force. */
    private void requireWithinFormula(LimitDimension dimension, Money amount) {
        if (dimension != LimitDimension.BLIND_LENDING_CEILING) {
            return;
        }
        BlindLendingProgramme programme =
                em.find(BlindLendingProgramme.class, BlindLendingProgramme.THE_PROGRAMME);
        if (programme == null) {
            throw new ChangeRefusedException(null, "PROGRAMME_NOT_SET_UP");
        }
        Money formula = programme.parameters().ceiling();
        if (amount.isGreaterThan(formula)) {
            throw new ChangeRefusedException("amount", "CEILING_ABOVE_FORMULA", formula);
        }
    }

    private LimitChange load(long id) {
        LimitChange change = em.find(LimitChange.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new ChangeRefusedException(null, "NOT_FOUND", "LIMIT_CHANGE", id);
        }
        return change;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private void audited(LimitChange change, String code) {
        audit.record(
                AuditEvent.coded(
                        "LIMIT_CHANGE",
                        "LIMIT_CHANGE",
                        change.getId(),
                        code,
                        change.getDimension(),
                        change.getLimitKey(),
                        change.proposed()));
    }
}
