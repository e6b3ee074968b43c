package com.microcredit.origination.application;

import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.BorrowerKind;
import com.microcredit.origination.domain.borrower.BorrowerNumbers;
import com.microcredit.origination.domain.consent.BlacklistEntry;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.decision.BigDataEvaluator;
import com.microcredit.origination.domain.decision.BlindLendingEvaluator;
import com.microcredit.origination.domain.decision.DataCentreEvaluator;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.PathEvaluation;
import com.microcredit.origination.domain.decision.ScoreBand;
import com.microcredit.origination.domain.decision.SupplyChainEvaluator;
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
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.Money;
import com.microcredit.supplychain.api.ChainCredit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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
 * supply-chain-ejb (chain standing) – and runs the five evaluators; the relationship path's facts
 * (manager, visits, group, deposits) come from {@link RelationshipFacts}.
 */
@Stateless
// the decision paths: wizard, REST, core banking, the decision listener (ADR 0014)
@RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "CORE_BANKING", "SYSTEM"})
public class EvidenceGatherer {

    @Inject private LookupHasher hasher;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private DataGateway gateway;
    @EJB private LimitService limits;
    @EJB private ChainCredit chainCredit;

    @Inject private OriginationSettings settings;
    @Inject private ActiveScorecards scorecards;
    @Inject private RelationshipFacts relationship;

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
        evaluations.add(relationship.evaluate(borrower, product, today));
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

    private PathEvaluation blind(Borrower borrower, BigDecimal amount, LocalDate today) {
        boolean blacklisted =
                em.find(
                                BlacklistEntry.class,
                                BorrowerNumbers.identityLookup(
                                        hasher, borrower.getIdentityNumber()))
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
