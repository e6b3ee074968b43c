package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.blind.BlindLendingParameters;
import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portfolio's configurable rules (defaults in META-INF/microprofile-config.properties):
 * classification boundaries, cure period, provision rates, and the blind programme's first
 * calibration (used once, when the programme does not exist yet; later only dual control changes
 * it).
 */
@ApplicationScoped
public class PortfolioSettings {

    @Inject
    @ConfigProperty(name = "mcrc.classification.special-mention-days")
    int specialMentionDays;

    @Inject
    @ConfigProperty(name = "mcrc.classification.substandard-days")
    int substandardDays;

    @Inject
    @ConfigProperty(name = "mcrc.classification.doubtful-days")
    int doubtfulDays;

    @Inject
    @ConfigProperty(name = "mcrc.classification.cure-months")
    int cureMonths;

    @Inject
    @ConfigProperty(name = "mcrc.provision.general")
    BigDecimal generalRate;

    @Inject
    @ConfigProperty(name = "mcrc.provision.special-mention")
    BigDecimal specialMentionRate;

    @Inject
    @ConfigProperty(name = "mcrc.provision.substandard")
    BigDecimal substandardRate;

    @Inject
    @ConfigProperty(name = "mcrc.provision.doubtful")
    BigDecimal doubtfulRate;

    @Inject
    @ConfigProperty(name = "mcrc.provision.loss")
    BigDecimal lossRate;

    @Inject
    @ConfigProperty(name = "mcrc.blind.currency")
    String blindCurrency;

    @Inject
    @ConfigProperty(name = "mcrc.blind.total-assets")
    BigDecimal totalAssets;

    @Inject
    @ConfigProperty(name = "mcrc.blind.tolerated-loss-share")
    BigDecimal toleratedLossShare;

    @Inject
    @ConfigProperty(name = "mcrc.blind.assumed-default-rate")
    BigDecimal assumedDefaultRate;

    @Inject
    @ConfigProperty(name = "mcrc.blind.loss-given-default")
    BigDecimal lossGivenDefault;

    @Inject
    @ConfigProperty(name = "mcrc.blind.single-loan-divisor")
    int singleLoanDivisor;

    @Inject
    @ConfigProperty(name = "mcrc.blind.default-rate-tolerance")
    BigDecimal defaultRateTolerance;

    @Inject
    @ConfigProperty(name = "mcrc.blind.minimum-sample")
    int minimumSample;

    @Inject
    @ConfigProperty(name = "mcrc.loss-tail.max-scenarios")
    int maxScenarios;

    public ClassificationPolicy classificationPolicy() {
        return new ClassificationPolicy(specialMentionDays, substandardDays, doubtfulDays);
    }

    public int cureMonths() {
        return cureMonths;
    }

    public ProvisionRates provisionRates() {
        return new ProvisionRates(
                generalRate, specialMentionRate, substandardRate, doubtfulRate, lossRate);
    }

    public BlindLendingParameters initialBlindParameters() {
        return new BlindLendingParameters(
                Money.of(totalAssets, java.util.Currency.getInstance(blindCurrency)),
                toleratedLossShare,
                assumedDefaultRate,
                lossGivenDefault,
                singleLoanDivisor,
                defaultRateTolerance,
                minimumSample);
    }

    public int maxScenarios() {
        return maxScenarios;
    }
}
