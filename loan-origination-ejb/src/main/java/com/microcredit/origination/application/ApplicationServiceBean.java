package com.microcredit.origination.application;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationSummary;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.ReviewReferral;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.decision.Decision;
import com.microcredit.origination.domain.decision.DecisionPolicy;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.PathEvaluation;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.origination.domain.loan.ApplicationStateException;
import com.microcredit.origination.domain.loan.ApplicationStatus;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.loan.Pricing;
import com.microcredit.origination.domain.loan.ScheduledInstalment;
import com.microcredit.origination.domain.pricing.PricingFlag;
import com.microcredit.origination.domain.pricing.PricingResult;
import com.microcredit.origination.domain.pricing.RiskBasedPricing;
import com.microcredit.origination.domain.pricing.UnitEconomics;
import com.microcredit.origination.domain.product.LoanProduct;
import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.origination.domain.schedule.RepaymentSchedule;
import com.microcredit.origination.infrastructure.jms.DecisionEvents;
import com.microcredit.origination.infrastructure.jms.DisbursementInstructions;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.Money;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.supplychain.api.ChainCredit;
import com.microcredit.supplychain.api.MemberStanding;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

@Stateless
@PermitAll // page and REST roles guard entry; the referral review is role-checked here, see
// docs/adr/0003
public class ApplicationServiceBean implements ApplicationService {

    private static final Metadata DECISIONS =
            Metadata.builder()
                    .withName("mcrc.decisions")
                    .withDescription(
                            "Applications decided (APPROVE, DECLINE, REFER), automated and by"
                                    + " staff")
                    .build();

    /**
     * The preparer recorded for requests that arrive without a signed-in person (core banking's
     * channel).
     */
    static final String SYSTEM_PREPARER = "core-banking";

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext session;

    @EJB private EvidenceGatherer evidence;
    @EJB private LimitService limits;
    @EJB private ChainCredit chainCredit;
    @EJB private DisbursementInstructions disbursements;
    @Inject private DecisionEvents decisionEvents;
    @EJB private AuditTrail audit;

    /** Decisions made, by outcome (Prometheus: mcrc_decisions_total{outcome=...}). */
    @Inject private MetricRegistry metrics;

    @Inject private OriginationSettings settings;

    @Override
    public ApplicationView submit(SubmitApplication c) {
        return ApplicationViews.view(create(c), em, settings.bankZone());
    }

    private LoanApplication create(SubmitApplication c) {
        Borrower borrower =
                Optional.ofNullable(em.find(Borrower.class, c.borrowerId()))
                        .orElseThrow(
                                () ->
                                        InvalidInputException.coded(
                                                "borrowerId", "UNKNOWN_REFERENCE"));
        LoanProduct product =
                c.productCode() == null ? null : em.find(LoanProduct.class, c.productCode());
        if (product == null) {
            throw InvalidInputException.coded("productCode", "UNKNOWN_REFERENCE");
        }
        RepaymentMethod method = parseMethod(c.repaymentMethod());
        if (c.amount() != null && c.amount().stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.coded("amount", "AMOUNT_SCALE", 2);
        }
        List<FieldRefusal> violations =
                product.termViolations(c.amount(), c.currency(), c.termMonths(), method);
        if (!violations.isEmpty()) {
            FieldRefusal first = violations.get(0);
            throw InvalidInputException.coded(first.field(), first.code(), first.arguments());
        }
        if (c.purpose() == null || c.purpose().isBlank()) {
            throw InvalidInputException.coded("purpose", "REQUIRED");
        }
        String channel = c.channel() == null ? "BRANCH" : c.channel();
        if (!List.of("BRANCH", "ONLINE", "API").contains(channel)) {
            throw InvalidInputException.coded("channel", "NOT_ONE_OF", "BRANCH, ONLINE, API");
        }
        LoanApplication app;
        try {
            app =
                    new LoanApplication(
                            borrower.getId(),
                            product.getCode(),
                            c.amount(),
                            c.currency(),
                            c.termMonths(),
                            method,
                            c.purpose(),
                            channel,
                            c.channelReference(),
                            caller(),
                            clock.instant());
        } catch (FieldRefusal e) {
            throw InvalidInputException.coded(e.field(), e.code(), e.arguments());
        }
        em.persist(app);
        app.assignReference();
        return app;
    }

    private static RepaymentMethod parseMethod(String method) {
        try {
            return RepaymentMethod.valueOf(method);
        } catch (RuntimeException e) {
            throw InvalidInputException.coded(
                    "repaymentMethod",
                    "NOT_ONE_OF",
                    "EQUAL_INSTALMENT, EQUAL_PRINCIPAL, INTEREST_ONLY_BULLET");
        }
    }

    @Override
    public ApplicationView decide(long applicationId) {
        writeAtCommit();
        return ApplicationViews.view(decide(load(applicationId)), em, settings.bankZone());
    }

    /**
     * A decision reads many tables and writes only its own application: its writes go to the
     * database once, at commit, instead of being flushed before every read (one insert, not an
     * insert and an update).
     */
    private void writeAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    private LoanApplication decide(LoanApplication app) {
        if (app.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new DecisionRefusedException(
                    "WRONG_STATE",
                    "Application "
                            + app.getReference()
                            + " is "
                            + app.getStatus()
                            + " and was decided already");
        }
        LoanProduct product = em.find(LoanProduct.class, app.getProductCode());
        Borrower borrower = em.find(Borrower.class, app.getBorrowerId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.bankZone());
        EvidenceGatherer.Evidence found =
                evidence.gather(app, product, borrower, caller(), today, now);
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
                AuditEvent.of(
                        "DECISION",
                        "APPLICATION",
                        app.getReference(),
                        "automated decision: "
                                + app.getStatus()
                                + ", "
                                + app.getAmount()
                                + " "
                                + app.getCurrency()
                                + ", borrower "
                                + app.getBorrowerId()));
        metrics.counter(DECISIONS, new Tag("outcome", decision.outcome().name())).inc();
        decisionEvents.decided(app);
        return app;
    }

    private static Pricing pricing(PricingResult r, LoanProduct product, java.math.BigDecimal pd) {
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

    @Override
    public ApplicationView decideAutomatically(SubmitApplication command, boolean acceptOffer) {
        writeAtCommit();
        String fingerprint = RequestFingerprint.of(caller(), command, acceptOffer);
        if (command.channelReference() != null) {
            List<LoanApplication> earlier =
                    em.createQuery(
                                    "select a from LoanApplication a where a.channel = :c "
                                            + "and a.channelReference = :r",
                                    LoanApplication.class)
                            .setParameter("c", command.channel())
                            .setParameter("r", command.channelReference())
                            .getResultList();
            if (!earlier.isEmpty()) {
                if (!earlier.get(0).madeBy(fingerprint)) {
                    throw new DecisionRefusedException(
                            "IDEMPOTENCY_KEY_REUSED",
                            "This channel reference was used before for another request");
                }
                // the same request again: the same answer
                return ApplicationViews.view(earlier.get(0), em, settings.bankZone());
            }
        }
        LoanApplication created = create(command);
        created.recordRequestFingerprint(fingerprint);
        if (command.channelReference() != null) {
            // Claim the key before any data-gateway query: a concurrent duplicate waits here on
            // the unique (channel, channel_reference) index and fails once this commits, having
            // queried nothing; its retry then finds this application.
            em.flush();
        }
        LoanApplication app = decide(created);
        if (acceptOffer && app.getStatus() == ApplicationStatus.APPROVED) {
            accept(app);
        }
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    @Override
    @RolesAllowed("CREDIT_OFFICER")
    public ApplicationView review(ReviewReferral c) {
        LoanApplication app = load(c.applicationId());
        Instant now = clock.instant();
        try {
            app.reviewReferral(
                    caller(),
                    c.approve(),
                    c.note(),
                    LocalDate.ofInstant(now, settings.bankZone())
                            .plusDays(settings.offerValidityDays()),
                    now);
        } catch (ApprovalRefusal e) {
            throw DecisionRefusedException.coded(e.code(), e.arguments());
        } catch (ApplicationStateException e) {
            throw new DecisionRefusedException(e.code(), e.getMessage());
        } catch (FieldRefusal e) {
            throw InvalidInputException.coded(e.field(), e.code(), e.arguments());
        }
        decisionEvents.decided(app);
        audit.record(
                AuditEvent.of(
                        "DECISION",
                        "APPLICATION",
                        app.getReference(),
                        "referral review: "
                                + app.getStatus()
                                + ", borrower "
                                + app.getBorrowerId()));
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    @Override
    public ApplicationView acceptOffer(long applicationId) {
        LoanApplication app = load(applicationId);
        accept(app);
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    /** Reserve, fix the schedule, instruct disbursement: one transaction, all or nothing. */
    private void accept(LoanApplication app) {
        if (app.getStatus() != ApplicationStatus.APPROVED) {
            throw new DecisionRefusedException(
                    "WRONG_STATE",
                    "Application "
                            + app.getReference()
                            + " is "
                            + app.getStatus()
                            + ": only an open offer can be accepted");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.bankZone());
        Borrower borrower = em.find(Borrower.class, app.getBorrowerId());
        RepaymentSchedule schedule =
                RepaymentSchedule.of(
                        Money.of(app.getAmount(), Currency.getInstance(app.getCurrency())),
                        app.getPricing().getAnnualRate(),
                        app.getTermMonths(),
                        today,
                        app.getRepaymentMethod());
        try {
            app.accept(
                    schedule.instalments().stream()
                            .map(
                                    i ->
                                            new ScheduledInstalment(
                                                    i.number(),
                                                    i.dueDate(),
                                                    i.principal(),
                                                    i.interest(),
                                                    i.total(),
                                                    i.balanceAfter()))
                            .toList(),
                    today,
                    now);
        } catch (ApplicationStateException e) {
            throw new DecisionRefusedException(e.code(), e.getMessage());
        }
        limits.reserve(
                new ReserveExposure(
                        app.getReference(),
                        app.getAmount(),
                        app.getCurrency(),
                        attributes(app, borrower)));
        disbursements.send(
                app.getReference(),
                borrower.getId(),
                borrower.getSettlementAccount(),
                app.getAmount(),
                app.getCurrency(),
                app.getPricing().getAnnualRate(),
                app.getProductCode(),
                schedule.instalments().stream()
                        .map(
                                i ->
                                        new DisbursementInstructions.Line(
                                                i.number(),
                                                i.dueDate(),
                                                i.principal(),
                                                i.interest()))
                        .toList());
    }

    private ExposureAttributes attributes(LoanApplication app, Borrower borrower) {
        AccountManager manager = em.find(AccountManager.class, borrower.getAccountManagerId());
        List<JointLiabilityGroup> groups =
                em.createQuery(
                                "select g from JointLiabilityGroup g where :b member of"
                                        + " g.memberBorrowerIds",
                                JointLiabilityGroup.class)
                        .setParameter("b", borrower.getId())
                        .getResultList();
        InformationPath primary =
                app.pathsUsed().stream().min(Comparator.naturalOrder()).orElseThrow();
        Long hubId =
                primary == InformationPath.SUPPLY_CHAIN
                        ? chainCredit.standingOf(borrower.getId()).stream()
                                .filter(MemberStanding::eligible)
                                .max(Comparator.comparing(MemberStanding::memberLimit))
                                .map(MemberStanding::hubId)
                                .orElse(null)
                        : null;
        return new ExposureAttributes(
                borrower.getId(),
                groups.isEmpty() ? null : "group-" + groups.get(0).getId(),
                hubId,
                borrower.getIndustryCode() == null ? "HH" : borrower.getIndustryCode(),
                borrower.getRegionCode(),
                app.getProductCode(),
                primary.name(),
                manager.getBranchCode(),
                manager.getId(),
                app.pathsUsed().equals(java.util.Set.of(InformationPath.BLIND_LENDING)));
    }

    @Override
    public ApplicationView withdraw(long applicationId, String reason) {
        LoanApplication app = load(applicationId);
        try {
            app.withdraw(reason, clock.instant());
        } catch (ApplicationStateException e) {
            throw new DecisionRefusedException(e.code(), e.getMessage());
        } catch (FieldRefusal e) {
            throw InvalidInputException.coded(e.field(), e.code(), e.arguments());
        }
        return ApplicationViews.view(app, em, settings.bankZone());
    }

    @Override
    public Optional<ApplicationView> find(long applicationId) {
        return Optional.ofNullable(em.find(LoanApplication.class, applicationId))
                .map(a -> ApplicationViews.view(a, em, settings.bankZone()));
    }

    @Override
    public List<ApplicationSummary> referralQueue() {
        return summaries(
                "where a.status ="
                    + " com.microcredit.origination.domain.loan.ApplicationStatus.REFERRED order by"
                    + " a.submittedAt",
                null,
                500);
    }

    @Override
    public List<ApplicationSummary> ofBorrower(long borrowerId) {
        return summaries("where a.borrowerId = :b order by a.submittedAt desc", borrowerId, 200);
    }

    @Override
    public List<ApplicationSummary> recent(int maxResults) {
        return summaries(
                "order by a.submittedAt desc", null, Math.min(Math.max(maxResults, 1), 200));
    }

    private List<ApplicationSummary> summaries(String tail, Long borrowerId, int max) {
        var q =
                em.createQuery(
                        "select a, b.name from LoanApplication a, Borrower b where b.id ="
                                + " a.borrowerId "
                                + (tail.startsWith("where") ? "and " + tail.substring(6) : tail),
                        Object[].class);
        if (borrowerId != null) {
            q.setParameter("b", borrowerId);
        }
        return q.setMaxResults(max).getResultList().stream()
                .map(r -> ApplicationViews.summary((LoanApplication) r[0], (String) r[1]))
                .toList();
    }

    private LoanApplication load(long id) {
        LoanApplication app = em.find(LoanApplication.class, id);
        if (app == null) {
            throw new InvalidInputException("applicationId", "No application " + id);
        }
        return app;
    }

    private String caller() {
        String name =
                session.getCallerPrincipal() == null
                        ? null
                        : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name)
                ? SYSTEM_PREPARER
                : name;
    }
}
