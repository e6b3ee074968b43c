package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.ReleaseExposure;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.portfolio.domain.change.LimitChange;
import com.microcredit.portfolio.domain.exposure.ExposureProfile;
import com.microcredit.portfolio.domain.exposure.LoanExposure;
import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.limit.LimitExceededException;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

@Stateless
// reads: limit pages, decisions (core banking too); every write names its callers' roles (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "CORE_BANKING",
    "SYSTEM"
})
public class LimitServiceBean implements LimitService {

    private static final Metadata RESERVATIONS =
            Metadata.builder()
                    .withName("mcrc.reservations")
                    .withDescription(
                            "Exposure reservations against the limits, reserved or refused")
                    .build();

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    /**
     * Reservation calls by result (Prometheus: mcrc_reservations_total{result=reserved|refused}).
     */
    @Inject private MetricRegistry metrics;

    @Inject private LimitStore rows;

    @Inject private PortfolioSettings settings;

    @Resource private SessionContext context;

    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public LimitView defineLimit(DefineLimit command) {
        LimitDimension dimension = Views.dimension(command.type());
        if (rows.find(dimension, command.key()).isPresent()) {
            throw new LimitRefusedException(
                    "A " + command.type() + " limit for " + command.key() + " already exists");
        }
        Money amount = money(command.amount(), command.currency());
        try {
            ExposureLimit limit = rows.define(dimension, command.key(), amount);
            em.persist(
                    LimitChange.appliedBySystem(
                            dimension,
                            command.key(),
                            amount,
                            command.reason() == null
                                    ? CodedText.of("LIMIT_DEFINED_BY_SYSTEM").stored()
                                    : command.reason(),
                            caller(),
                            clock.instant()));
            return Views.limit(limit);
        } catch (LimitExceededException | IllegalArgumentException e) {
            throw new LimitRefusedException(e.getMessage());
        }
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "CORE_BANKING", "SYSTEM"})
    public ExposureView reserve(ReserveExposure command) {
        Money amount = money(command.amount(), command.currency());
        ExposureProfile profile = profile(command.attributes());
        try {
            LoanExposure exposure =
                    new LoanExposure(
                            command.reference(),
                            profile,
                            amount,
                            settings.provisionRates(),
                            clock.instant());
            // The exposure row first, the contended limit rows last: their locks are then held
            // only from the one reserving statement to the commit (ADR 0004).
            em.persist(exposure);
            em.flush();
            rows.reserve(profile.limitKeys(), amount);
            metrics.counter(RESERVATIONS, new Tag("result", "reserved")).inc();
            return Views.exposure(exposure);
        } catch (LimitExceededException | IllegalArgumentException e) {
            metrics.counter(RESERVATIONS, new Tag("result", "refused")).inc();
            throw new LimitRefusedException(e.getMessage());
        } catch (PersistenceException e) {
            // The unique reference is the duplicate check: no extra query on the hot path.
            if (mentions(e, "uq_loan_exposure_reference")) {
                throw new LimitRefusedException(
                        "Exposure " + command.reference() + " is already reserved");
            }
            throw e;
        }
    }

    @Override
    @RolesAllowed({"CORE_BANKING", "SYSTEM"})
    public ExposureView release(ReleaseExposure command) {
        LoanExposure exposure =
                exposure(command.reference())
                        .orElseThrow(
                                () ->
                                        new LimitRefusedException(
                                                "No exposure " + command.reference()));
        try {
            Money released =
                    exposure.repay(
                            money(command.principalRepaid(), command.currency()),
                            settings.provisionRates(),
                            clock.instant());
            rows.release(exposure.profile().limitKeys(), released);
            return Views.exposure(exposure);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new LimitRefusedException(e.getMessage());
        }
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "CORE_BANKING", "SYSTEM"})
    public ExposureView cancel(String reference) {
        LoanExposure exposure =
                exposure(reference)
                        .orElseThrow(() -> new LimitRefusedException("No exposure " + reference));
        try {
            rows.release(exposure.profile().limitKeys(), exposure.cancel(clock.instant()));
            return Views.exposure(exposure);
        } catch (IllegalStateException e) {
            throw new LimitRefusedException(e.getMessage());
        }
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "SYSTEM"})
    public LimitView block(LimitType type, String key, String reason) {
        ExposureLimit limit = existing(type, key);
        if (reason == null || reason.isBlank()) {
            throw new LimitRefusedException("Blocking a limit needs a reason");
        }
        rows.block(limit.getId(), reason.strip());
        return Views.limit(rows.current(limit.getId()));
    }

    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public LimitView unblock(LimitType type, String key) {
        ExposureLimit limit = existing(type, key);
        rows.unblock(limit.getId());
        return Views.limit(rows.current(limit.getId()));
    }

    @Override
    public Optional<LimitView> find(LimitType type, String key) {
        return rows.find(Views.dimension(type), key).map(Views::limit);
    }

    @Override
    public List<LimitView> list(LimitType type) {
        return em
                .createQuery(
                        "select l from ExposureLimit l where l.dimension = :d order by l.limitKey",
                        ExposureLimit.class)
                .setParameter("d", Views.dimension(type))
                .getResultList()
                .stream()
                .map(Views::limit)
                .toList();
    }

    @Override
    public List<LimitView> listAll() {
        return em
                .createQuery(
                        "select l from ExposureLimit l order by l.dimension, l.limitKey",
                        ExposureLimit.class)
                .getResultList()
                .stream()
                .map(Views::limit)
                .toList();
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private ExposureLimit existing(LimitType type, String key) {
        return rows.find(Views.dimension(type), key)
                .orElseThrow(() -> new LimitRefusedException("No " + type + " limit for " + key));
    }

    private Optional<LoanExposure> exposure(String reference) {
        return em.createQuery(
                        "select e from LoanExposure e where e.reference = :r", LoanExposure.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst();
    }

    private String caller() {
        return context.getCallerPrincipal() == null
                ? "system"
                : context.getCallerPrincipal().getName();
    }

    static Money money(java.math.BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            throw new LimitRefusedException("An amount and a currency are required");
        }
        try {
            return Money.of(amount, Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            throw new LimitRefusedException(e.getMessage());
        }
    }

    private static ExposureProfile profile(ExposureAttributes a) {
        if (a == null) {
            throw new LimitRefusedException("The exposure's attributes are required");
        }
        try {
            return new ExposureProfile(
                    a.borrowerId(),
                    a.connectedGroup(),
                    a.hubId(),
                    a.industryCode(),
                    a.regionCode(),
                    a.productCode(),
                    a.informationPath(),
                    a.branchCode(),
                    a.accountManagerId(),
                    a.blindLending());
        } catch (IllegalArgumentException e) {
            throw new LimitRefusedException(e.getMessage());
        }
    }
}
