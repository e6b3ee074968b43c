package com.microcredit.origination.application;

import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.BorrowerKind;
import com.microcredit.origination.domain.borrower.Visit;
import com.microcredit.origination.domain.consent.BlacklistEntry;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.decision.BigDataEvaluator;
import com.microcredit.origination.domain.decision.BlindLendingEvaluator;
import com.microcredit.origination.domain.decision.DataCentreEvaluator;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.PathEvaluation;
import com.microcredit.origination.domain.decision.RelationshipEvaluator;
import com.microcredit.origination.domain.decision.ScoreBand;
import com.microcredit.origination.domain.decision.SupplyChainEvaluator;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.origination.domain.pricing.CostParameters;
import com.microcredit.origination.domain.pricing.PricingTerms;
import com.microcredit.origination.domain.pricing.RiskBasedPricing;
import com.microcredit.origination.domain.product.LoanProduct;
import com.microcredit.origination.domain.scorecard.ActivationRole;
import com.microcredit.origination.domain.scoring.AlternativeDataProfile;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.ExpertScorecard;
import com.microcredit.origination.domain.scoring.GatewayFacts;
import com.microcredit.origination.domain.scoring.ScoreResult;
import com.microcredit.portfolio.api.DateWindow;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.SettlementAccounts;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.Money;
import com.microcredit.supplychain.api.ChainCredit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the facts every information path needs – from this module's tables, the data gateway
 * (with consent), portfolio-ejb (loans, settlement accounts, the blind programme) and
 * supply-chain-ejb (chain standing) – and runs the five evaluators.
 */
@Stateless
@PermitAll
public class EvidenceGatherer {

    @Inject private LookupHasher hasher;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private DataGateway gateway;
    @EJB private LoanBookService loanBook;
    @EJB private SettlementAccounts settlement;
    @EJB private LimitService limits;
    @EJB private ChainCredit chainCredit;

    @Inject private OriginationSettings settings;
    @Inject private ActiveScorecards scorecards;

    /** The evaluations, the score (null when none) and the PD used for pricing. */
    public record Evidence(
            List<PathEvaluation> evaluations,
            ScoreResult score,
            ScoreBand scoreBand,
            BigDecimal pricingPd,
            BigDecimal dataQueryCost) {}

    public Evidence gather(
            LoanApplication app,
            LoanProduct product,
            Borrower borrower,
            String staff,
            LocalDate today,
            Instant now) {
        DataGateway.Answer answer =
                gateway.query(
                        borrower.getId(),
                        DataSource.observational(),
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        staff,
                        app.getReference(),
                        today,
                        now);
        AlternativeDataProfile profile = new AlternativeDataProfile(answer.observations(), today);
        List<PathEvaluation> evaluations = new ArrayList<>();
        evaluations.add(relationship(borrower, product, today));
        BigDataEvaluator.Rules bigDataRules = settings.bigDataRules();
        ScoreResult score = null;
        ScoreBand band = null;
        boolean behaviouralConsent =
                answer.consented().stream().anyMatch(DataSource::isBehavioural);
        if (behaviouralConsent) {
            score = score(app, borrower, profile, answer, now);
            band = BigDataEvaluator.band(score.probabilityOfDefault(), bigDataRules);
        }
        BigDecimal pricingPd =
                score != null
                        ? score.probabilityOfDefault()
                        : product.getAssumedProbabilityOfDefault();
        boolean dataCostCovered =
                RiskBasedPricing.marginCoversDataCost(
                        terms(app, product, pricingPd), costs(product, app.getCurrency()));
        evaluations.add(
                BigDataEvaluator.evaluate(
                        new BigDataEvaluator.Facts(
                                behaviouralConsent,
                                answer.thinFile().monthsBySource(),
                                score == null ? null : score.score(),
                                score == null ? null : score.probabilityOfDefault(),
                                score == null ? List.of() : score.reasonCodes(),
                                dataCostCovered,
                                product.getRequiredSource(),
                                product.getMinTaxHistoryMonths(),
                                answer.unavailable().stream()
                                        .filter(s -> s.isBehavioural() || s == DataSource.COURTS)
                                        .map(Enum::name)
                                        .toList()),
                        bigDataRules));
        evaluations.add(
                SupplyChainEvaluator.evaluate(
                        chainCredit.standingOf(borrower.getId()).stream()
                                .map(
                                        s ->
                                                new SupplyChainEvaluator.Standing(
                                                        s.hubName(),
                                                        s.hubStatus(),
                                                        s.role(),
                                                        s.verifiedTradeMonths(),
                                                        s.trailingTwelveMonthVolume(),
                                                        s.memberLimit(),
                                                        s.eligible(),
                                                        s.ineligibleReason()))
                                .toList(),
                        app.getAmount(),
                        product.accepts(InformationPath.SUPPLY_CHAIN)));
        evaluations.add(blind(borrower, app.getAmount(), today));
        boolean reportConsent = answer.consented().contains(DataSource.CREDIT_REPORT);
        evaluations.add(
                DataCentreEvaluator.evaluate(
                        new DataCentreEvaluator.Facts(
                                reportConsent,
                                profile.creditReport("HISTORY_MONTHS").isPresent(),
                                profile.creditReport("HISTORY_MONTHS").orElse(0),
                                profile.creditReport("OPEN_LOANS").orElse(0),
                                profile.creditReport("PAST_DUE_NOW").orElse(0),
                                profile.creditReport("WORST_DPD_24M").orElse(0),
                                answer.consented().contains(DataSource.COURTS)
                                        ? profile.enforcementRecords()
                                        : 0,
                                answer.unavailable().stream()
                                        .filter(
                                                s ->
                                                        s == DataSource.CREDIT_REPORT
                                                                || s == DataSource.COURTS)
                                        .map(Enum::name)
                                        .toList())));
        return new Evidence(evaluations, score, band, pricingPd, answer.cost());
    }

    /**
     * The champion scorecard scores the gateway facts when one is active, else the expert card; a
     * challenger is scored beside it and recorded, deciding nothing (ADR 0005).
     */
    private ScoreResult score(
            LoanApplication app,
            Borrower borrower,
            AlternativeDataProfile profile,
            DataGateway.Answer answer,
            Instant now) {
        java.util.Map<String, String> facts = GatewayFacts.of(profile, answer.thinFile());
        int reasons = settings.reasonCodes();
        scorecards
                .challenger()
                .ifPresent(
                        c ->
                                c.scoreAndRecord(
                                        em,
                                        ActivationRole.CHALLENGER,
                                        facts,
                                        app.getId(),
                                        borrower.getId(),
                                        reasons,
                                        now));
        return scorecards
                .champion()
                .map(
                        c ->
                                c.scoreAndRecord(
                                        em,
                                        ActivationRole.CHAMPION,
                                        facts,
                                        app.getId(),
                                        borrower.getId(),
                                        reasons,
                                        now))
                .orElseGet(() -> ExpertScorecard.score(profile));
    }

    public PricingTerms terms(LoanApplication app, LoanProduct product, BigDecimal pd) {
        return new PricingTerms(
                Money.of(app.getAmount(), java.util.Currency.getInstance(app.getCurrency())),
                app.getTermMonths(),
                app.getRepaymentMethod(),
                pd,
                product.getLossGivenDefault());
    }

    public CostParameters costs(LoanProduct product, String currency) {
        java.util.Currency c = java.util.Currency.getInstance(currency);
        return new CostParameters(
                settings.fundingRate(),
                Money.of(product.getDueDiligenceCost(), c),
                Money.of(product.getDataCost(), c),
                Money.of(product.getServicingCostPerMonth(), c),
                product.getFloorRate(),
                product.getMaximumRate(),
                BigDecimal.ZERO);
    }

    private PathEvaluation relationship(Borrower borrower, LoanProduct product, LocalDate today) {
        AccountManager manager = em.find(AccountManager.class, borrower.getAccountManagerId());
        Boolean within =
                borrower.hasLocation()
                        ? manager.coversLocation(borrower.getLatitude(), borrower.getLongitude())
                        : null;
        List<Visit> visits =
                em.createQuery(
                                "select v from Visit v where v.borrowerId = :b order by v.visitedOn"
                                        + " desc",
                                Visit.class)
                        .setParameter("b", borrower.getId())
                        .setMaxResults(1)
                        .getResultList();
        Visit last = visits.isEmpty() ? null : visits.get(0);
        RelationshipEvaluator.GroupFacts group = groupFacts(borrower.getId());
        RelationshipEvaluator.DepositFacts deposit = depositFacts(borrower, today);
        return RelationshipEvaluator.evaluate(
                new RelationshipEvaluator.Facts(
                        manager.getName(),
                        within,
                        last == null ? null : last.getVisitedOn(),
                        last == null ? null : last.getAssessment(),
                        group,
                        deposit,
                        product.isGroupLoan()),
                settings.relationshipRules(),
                today);
    }

    private RelationshipEvaluator.GroupFacts groupFacts(long borrowerId) {
        List<JointLiabilityGroup> groups =
                em.createQuery(
                                "select g from JointLiabilityGroup g where :b member of"
                                        + " g.memberBorrowerIds",
                                JointLiabilityGroup.class)
                        .setParameter("b", borrowerId)
                        .getResultList();
        if (groups.isEmpty()) {
            return null;
        }
        JointLiabilityGroup g = groups.get(0);
        List<Long> others =
                g.getMemberBorrowerIds().stream().filter(id -> id != borrowerId).toList();
        List<Long> activeLoans =
                others.isEmpty()
                        ? List.of()
                        : loanBook.exposuresOf(others).stream()
                                .filter(e -> "LIVE".equals(e.status()))
                                .map(ExposureView::borrowerId)
                                .distinct()
                                .toList();
        List<Long> belowMinimum = new ArrayList<>();
        for (Long memberId : g.getMemberBorrowerIds()) {
            Borrower member = em.find(Borrower.class, memberId);
            BigDecimal balance =
                    member.getSettlementAccount() == null
                            ? null
                            : settlement
                                    .latestBalance(member.getSettlementAccount())
                                    .map(b -> b.balance())
                                    .orElse(null);
            if (balance == null || balance.compareTo(g.getMinimumDeposit()) < 0) {
                belowMinimum.add(memberId);
            }
        }
        return new RelationshipEvaluator.GroupFacts(
                g.getName(), g.isBlocked(), g.getStatusReason(), activeLoans, belowMinimum);
    }

    private RelationshipEvaluator.DepositFacts depositFacts(Borrower borrower, LocalDate today) {
        String account = borrower.getSettlementAccount();
        if (account == null) {
            return null;
        }
        int window = settings.coverageWindowDays();
        // One read: the coverage window, then the last three 30-day months.
        List<DateWindow> windows =
                new ArrayList<>(List.of(new DateWindow(today.minusDays(window), today)));
        for (int i = 0; i < 3; i++) {
            windows.add(
                    new DateWindow(today.minusDays(30L * (i + 1) - 1), today.minusDays(30L * i)));
        }
        List<BigDecimal> credits = settlement.credits(account, windows);
        BigDecimal coverage = null;
        if (borrower.getDeclaredAnnualRevenue() != null
                && borrower.getDeclaredAnnualRevenue().signum() > 0) {
            BigDecimal expected =
                    borrower.getDeclaredAnnualRevenue()
                            .multiply(BigDecimal.valueOf(window))
                            .divide(BigDecimal.valueOf(365), MathContext.DECIMAL64);
            coverage = credits.get(0).divide(expected, 4, RoundingMode.HALF_EVEN);
        }
        int monthsWithCredits =
                (int)
                        credits.subList(1, credits.size()).stream()
                                .filter(c -> c.signum() > 0)
                                .count();
        return new RelationshipEvaluator.DepositFacts(
                borrower.maskedSettlementAccount(), coverage, monthsWithCredits);
    }

    private PathEvaluation blind(Borrower borrower, BigDecimal amount, LocalDate today) {
        boolean blacklisted =
                em.find(
                                BlacklistEntry.class,
                                Borrower.identityLookup(hasher, borrower.getIdentityNumber()))
                        != null;
        Integer age = null;
        if (borrower.getKind() == BorrowerKind.INDIVIDUAL) {
            String id = borrower.getIdentityNumber();
            LocalDate born =
                    LocalDate.of(
                            Integer.parseInt(id.substring(6, 10)),
                            Integer.parseInt(id.substring(10, 12)),
                            Integer.parseInt(id.substring(12, 14)));
            age = Period.between(born, today).getYears();
        }
        LimitView ceiling =
                limits.find(LimitType.BLIND_LENDING_CEILING, "programme")
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the blind-lending ceiling is not defined"));
        BigDecimal cap =
                ceiling.maxSingleAmount() == null ? ceiling.limit() : ceiling.maxSingleAmount();
        return BlindLendingEvaluator.evaluate(
                new BlindLendingEvaluator.Facts(
                        blacklisted,
                        age,
                        !ceiling.blocked(),
                        ceiling.blockedReason(),
                        cap,
                        ceiling.available(),
                        amount),
                settings.blindRules());
    }

    static Set<InformationPath> all() {
        return EnumSet.allOf(InformationPath.class);
    }
}
