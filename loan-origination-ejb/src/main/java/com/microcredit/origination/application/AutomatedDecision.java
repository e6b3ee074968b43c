package com.microcredit.origination.application;

import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.decision.Decision;
import com.microcredit.origination.domain.decision.DecisionPolicy;
import com.microcredit.origination.domain.decision.PathEvaluation;
import com.microcredit.origination.domain.loan.ApplicationStatus;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.loan.Pricing;
import com.microcredit.origination.domain.pricing.PricingFlag;
import com.microcredit.origination.domain.pricing.PricingResult;
import com.microcredit.origination.domain.pricing.RiskBasedPricing;
import com.microcredit.origination.domain.pricing.UnitEconomics;
import com.microcredit.origination.domain.product.LoanProduct;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The automated decision of a submitted application: gathers the evidence, prices the risk, applies
 * the decision policy, records the outcome, audits, counts and announces it (port {@link
 * DecisionPublisher}). Runs in the calling service's transaction.
 */
@Dependent
class AutomatedDecision {

    private static final Metadata DECISIONS =
            Metadata.builder()
                    .withName("mcrc.decisions")
                    .withDescription(
                            "Applications decided (APPROVE, DECLINE, REFER), automated and by"
                                    + " staff")
                    .build();

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private EvidenceGatherer evidence;
    @Inject private DecisionPublisher decisionEvents;
    @EJB private AuditTrail audit;

    /** Decisions made, by outcome (Prometheus: mcrc_decisions_total{outcome=...}). */
    @Inject private MetricRegistry metrics;

    @Inject private OriginationSettings settings;

    /** Decides the application for the staff member (or channel) asking; only once. */
    LoanApplication decide(LoanApplication app, String staff) {
        if (app.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new DecisionRefusedException("WRONG_STATE", app.getReference(), app.getStatus());
        }
        LoanProduct product = em.find(LoanProduct.class, app.getProductCode());
        Borrower borrower = em.find(Borrower.class, app.getBorrowerId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.bankZone());
        EvidenceGatherer.Evidence found =
                evidence.gather(app, product, borrower, staff, today, now);
        PricingResult price =
                RiskBasedPricing.price(
                        evidence.terms(app, product, found.pricingPd()),
                        evidence.costs(product, app.getCurrency()));
        String ineligible = product.ineligibility(borrower, today);
        Decision decision =
                DecisionPolicy.decide(
                        new DecisionPolicy.Inputs(
                                product.getAcceptedPaths(),
                                ineligible == null ? List.of() : List.of(ineligible),
                                found.evaluations(),
                                found.scoreBand(),
                                found.score() == null ? List.of() : found.score().reasonCodes(),
                                price.has(PricingFlag.UNPROFITABLE_AT_MAXIMUM_RATE),
                                price.has(PricingFlag.CANNOT_PAY_FOR_CHECKING),
                                app.getAmount(),
                                product.getAutomaticAuthority()));
        app.recordDecision(
                decision,
                found.evaluations().stream().map(PathEvaluation::result).toList(),
                found.score() == null ? null : found.score().score(),
                found.score() == null ? null : found.score().probabilityOfDefault(),
                pricing(price, product, found.pricingPd()),
                today.plusDays(settings.offerValidityDays()),
                now);
        audit.record(
                AuditEvent.coded(
                                "DECISION",
                                "APPLICATION",
                                app.getReference(),
                                "AUDIT_AUTOMATED_DECISION",
                                app.getStatus(),
                                app.getAmount(),
                                app.getCurrency(),
                                app.getBorrowerId())
                        .about(app.getBorrowerId()));
        metrics.counter(DECISIONS, new Tag("outcome", decision.outcome().name())).inc();
        decisionEvents.decided(app);
        return app;
    }

    private static Pricing pricing(PricingResult r, LoanProduct product, BigDecimal pd) {
        UnitEconomics e = r.economics();
        return new Pricing(
                e.annualRate(),
                product.getMaximumRate(),
                pd,
                product.getLossGivenDefault(),
                e.interestIncome().amount(),
                e.fundingCost().amount(),
                e.expectedLoss().amount(),
                e.dueDiligenceCost().amount(),
                e.dataCost().amount(),
                e.servicingCost().amount(),
                e.expectedProfit().amount(),
                r.coversCost(),
                r.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }
}
