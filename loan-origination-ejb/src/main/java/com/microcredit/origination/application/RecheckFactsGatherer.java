package com.microcredit.origination.application;

import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.product.LoanProduct;
import com.microcredit.origination.domain.recheck.RecheckFacts;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.supplychain.api.ChainCredit;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers, in the accepting transaction, what the acceptance re-check evaluates: the product, the
 * borrower's hubs (supply chain), open warnings on the borrower and the other members of its
 * joint-liability groups (portfolio), consents, groups and the classification of its live loans.
 */
@Dependent
class RecheckFactsGatherer {

    /** Categories, best first (portfolio's five-category classification). */
    private static final List<String> CATEGORIES =
            List.of("NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS");

    /** Paths whose evidence comes from sources queried under the borrower's consent. */
    private static final Set<InformationPath> CONSENTED =
            Set.of(InformationPath.BIG_DATA, InformationPath.DATA_CENTRE);

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private ChainCredit chainCredit;
    @EJB private EarlyWarningService earlyWarnings;
    @EJB private LoanBookService loanBook;
    @Inject private OriginationSettings settings;

    RecheckFacts gather(LoanApplication app, LocalDate today, Instant now) {
        long borrowerId = app.getBorrowerId();
        LoanProduct product = em.find(LoanProduct.class, app.getProductCode());
        List<JointLiabilityGroup> groups =
                em.createQuery(
                                "select g from JointLiabilityGroup g where :b member of"
                                        + " g.memberBorrowerIds",
                                JointLiabilityGroup.class)
                        .setParameter("b", borrowerId)
                        .getResultList();
        Map<Long, String> scope = new HashMap<>();
        groups.forEach(
                g -> g.getMemberBorrowerIds().forEach(m -> scope.put(m, RecheckFacts.GROUP)));
        scope.put(borrowerId, RecheckFacts.BORROWER);
        List<RecheckFacts.Warning> warnings = new ArrayList<>();
        for (WarningSignalView s : earlyWarnings.signalsOf(scope.keySet())) {
            if (s.open()) {
                warnings.add(
                        new RecheckFacts.Warning(
                                scope.get(s.borrowerId()),
                                s.borrowerId(),
                                nameOf(s.borrowerId()),
                                s.indicator(),
                                s.level().name()));
            }
        }
        List<DataConsent> consents =
                em.createQuery(
                                "select c from DataConsent c where c.borrowerId = :b",
                                DataConsent.class)
                        .setParameter("b", borrowerId)
                        .getResultList();
        Instant decidedAt = app.getDecidedAt() == null ? now : app.getDecidedAt();
        return new RecheckFacts(
                today,
                now,
                app.getOfferExpiresOn(),
                app.getProductCode(),
                product != null && product.isActive(),
                decidedAt,
                Duration.ofDays(settings.evidenceDays()),
                app.pathsUsed().contains(InformationPath.SUPPLY_CHAIN),
                app.pathsUsed().stream().anyMatch(CONSENTED::contains),
                chainCredit.standingOf(borrowerId).stream()
                        .map(s -> new RecheckFacts.Hub(s.hubId(), s.hubName(), s.hubStatus()))
                        .toList(),
                warnings,
                consents.stream()
                        .anyMatch(
                                c ->
                                        c.getPurpose() == ConsentPurpose.CREDIT_ASSESSMENT
                                                && c.statusOn(today) == DataConsent.Status.VALID),
                consents.stream()
                        .filter(
                                c ->
                                        c.getRevokedAt() != null
                                                && c.getRevokedAt().isAfter(decidedAt))
                        .map(DataConsent::getId)
                        .toList(),
                groups.stream()
                        .filter(JointLiabilityGroup::isBlocked)
                        .map(JointLiabilityGroup::getName)
                        .toList(),
                worstLiveCategory(borrowerId));
    }

    private String nameOf(long borrowerId) {
        Borrower b = em.find(Borrower.class, borrowerId);
        return b == null ? String.valueOf(borrowerId) : b.getName();
    }

    private String worstLiveCategory(long borrowerId) {
        return loanBook.exposuresOf(List.of(borrowerId)).stream()
                .filter(e -> e.outstanding() != null && e.outstanding().signum() > 0)
                .map(ExposureView::category)
                .filter(CATEGORIES::contains)
                .max(Comparator.comparingInt(CATEGORIES::indexOf))
                .orElse(null);
    }
}
