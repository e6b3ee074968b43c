package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.domain.blind.BlindLendingProgramme;
import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.exposure.LoanExposure;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.CodedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Stateless
// reads: inside every path's transaction (decisions, profiles, groups, contagion); writes name
// their own (ADR 0014)
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
public class LoanBookServiceBean implements LoanBookService {

    @Inject @BankZone private ZoneId bankZone;

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private PortfolioSettings settings;

    @Inject private BlindPool pool;

    @Inject private LimitStore rows;

    @Inject private CoreBankingEvents events;

    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public ExposureView recordDaysPastDue(String reference, int daysPastDue, LocalDate asOf) {
        return daysPastDue(reference, daysPastDue, asOf, true);
    }

    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public ExposureView reassessDaysPastDue(String reference, int daysPastDue, LocalDate asOf) {
        return daysPastDue(reference, daysPastDue, asOf, false);
    }

    private ExposureView daysPastDue(
            String reference, int daysPastDue, LocalDate asOf, boolean posted) {
        LoanExposure exposure = load(reference);
        Instant now = clock.instant();
        LoanCategory before = exposure.getCategory();
        var policy = settings.classificationPolicy();
        var rates = settings.provisionRates();
        try {
            boolean defaulted =
                    posted
                            ? exposure.recordPostedDaysPastDue(
                                    daysPastDue, asOf, policy, rates, now)
                            : exposure.recordDaysPastDue(daysPastDue, asOf, policy, rates, now);
            afterPossibleDefault(exposure, defaulted, now);
            announceClassification(exposure, before, asOf);
            return Views.exposure(exposure);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(null, "EXPOSURE_CHANGE_REFUSED").because(e);
        }
    }

    @Override
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER"})
    public ExposureView downgrade(String reference, String category, String reason) {
        LoanExposure exposure = load(reference);
        Instant now = clock.instant();
        LoanCategory before = exposure.getCategory();
        try {
            boolean defaulted =
                    exposure.downgrade(
                            LoanCategory.valueOf(category), reason, settings.provisionRates(), now);
            afterPossibleDefault(exposure, defaulted, now);
            announceClassification(exposure, before, LocalDate.ofInstant(now, bankZone));
            return Views.exposure(exposure);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new ChangeRefusedException(null, "EXPOSURE_CHANGE_REFUSED").because(e);
        }
    }

    @Override
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER"})
    public ExposureView cure(String reference, LocalDate asOf) {
        LoanExposure exposure = load(reference);
        LoanCategory before = exposure.getCategory();
        try {
            exposure.cure(
                    asOf,
                    settings.classificationPolicy(),
                    settings.cureMonths(),
                    settings.provisionRates());
            announceClassification(exposure, before, asOf);
            return Views.exposure(exposure);
        } catch (IllegalStateException e) {
            throw new ChangeRefusedException(null, "EXPOSURE_CHANGE_REFUSED").because(e);
        }
    }

    @Override
    public Optional<ExposureView> find(String reference) {
        return em.createQuery(
                        "select e from LoanExposure e where e.reference = :r", LoanExposure.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst()
                .map(Views::exposure);
    }

    @Override
    public List<ExposureView> exposuresOf(Collection<Long> borrowerIds) {
        if (borrowerIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select e from LoanExposure e where e.profile.borrowerId in :b order by"
                                + " e.bookedAt desc",
                        LoanExposure.class)
                .setParameter("b", borrowerIds)
                .getResultList()
                .stream()
                .map(Views::exposure)
                .toList();
    }

    /**
     * A blind loan's first default feeds the stop rule: when the realised default rate since the
     * last calibration exceeds the assumption, the programme is suspended and its ceiling blocked
     * in this same transaction.
     */
    private void afterPossibleDefault(LoanExposure exposure, boolean defaulted, Instant now) {
        if (!defaulted || !exposure.profile().blindLending()) {
            return;
        }
        em.flush();
        BlindLendingProgramme programme =
                em.find(
                        BlindLendingProgramme.class,
                        BlindLendingProgramme.THE_PROGRAMME,
                        LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            return;
        }
        long booked = pool.loansSince(programme.getCalibratedAt());
        long defaults = pool.defaultsSince(programme.getCalibratedAt());
        if (programme.reviewDefaultRate(booked, defaults, now)) {
            rows.find(LimitDimension.BLIND_LENDING_CEILING, BlindLendingProgramme.CEILING_KEY)
                    .ifPresent(
                            l ->
                                    rows.block(
                                            l.getId(),
                                            CodedText.prepend(
                                                    List.of(
                                                            CodedText.of(
                                                                    "LIMIT_PROGRAMME_SUSPENDED")),
                                                    programme.getStatusReason(),
                                                    500)));
        }
    }

    /**
     * A change of category leaves as a ClassificationChanged event with this transaction's commit.
     */
    private void announceClassification(
            LoanExposure exposure, LoanCategory before, LocalDate asOf) {
        LoanCategory after = exposure.getCategory();
        if (after == before) {
            return;
        }
        events.send(
                "ClassificationChanged",
                exposure.getReference() + ":" + after + ":" + asOf,
                Json.createObjectBuilder()
                        .add("loanReference", exposure.getReference())
                        .add("borrowerId", exposure.profile().borrowerId())
                        .add("fromCategory", before.name())
                        .add("toCategory", after.name())
                        .add("daysPastDue", exposure.getDaysPastDue())
                        .add("asOf", asOf.toString()));
    }

    private LoanExposure load(String reference) {
        return em.createQuery(
                        "select e from LoanExposure e where e.reference = :r", LoanExposure.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new ChangeRefusedException(null, "NOT_FOUND", "EXPOSURE", reference));
    }
}
