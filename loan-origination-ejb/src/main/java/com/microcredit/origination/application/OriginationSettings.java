package com.microcredit.origination.application;

import com.microcredit.origination.domain.decision.BigDataEvaluator;
import com.microcredit.origination.domain.decision.BlindLendingEvaluator;
import com.microcredit.origination.domain.decision.RelationshipEvaluator;
import com.microcredit.platform.api.BankZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loan origination's configurable rules (defaults in META-INF/microprofile-config.properties). */
@ApplicationScoped
public class OriginationSettings {

    @Inject
    @ConfigProperty(name = "mcrc.relationship.visit-window-days")
    int visitWindowDays;

    @Inject
    @ConfigProperty(name = "mcrc.relationship.coverage-window-days")
    int coverageWindowDays;

    @Inject
    @ConfigProperty(name = "mcrc.relationship.coverage-threshold")
    BigDecimal coverageThreshold;

    @Inject
    @ConfigProperty(name = "mcrc.big-data.min-months")
    int bigDataMinMonths;

    @Inject
    @ConfigProperty(name = "mcrc.big-data.min-sources")
    int bigDataMinSources;

    @Inject
    @ConfigProperty(name = "mcrc.scorecard.approve-cutoff")
    BigDecimal approveCutoff;

    @Inject
    @ConfigProperty(name = "mcrc.scorecard.decline-cutoff")
    BigDecimal declineCutoff;

    @Inject
    @ConfigProperty(name = "mcrc.blind.min-age")
    int blindMinAge;

    @Inject
    @ConfigProperty(name = "mcrc.blind.max-age")
    int blindMaxAge;

    @Inject
    @ConfigProperty(name = "mcrc.pricing.funding-rate")
    BigDecimal fundingRate;

    @Inject
    @ConfigProperty(name = "mcrc.offer.validity-days")
    int offerValidityDays;

    /**
     * How old the evidence of an approval may be when the offer is accepted; older evidence sends
     * the case back for a new decision, which fetches it again (issue 21).
     */
    @Inject
    @ConfigProperty(name = "mcrc.recheck.evidence-days", defaultValue = "30")
    int evidenceDays;

    @Inject @BankZone ZoneId bankZone;

    @Inject
    @ConfigProperty(name = "mcrc.scorecard.reason-codes")
    int reasonCodes;

    public RelationshipEvaluator.Rules relationshipRules() {
        return new RelationshipEvaluator.Rules(visitWindowDays, coverageThreshold);
    }

    public BigDataEvaluator.Rules bigDataRules() {
        return new BigDataEvaluator.Rules(
                bigDataMinMonths, bigDataMinSources, approveCutoff, declineCutoff);
    }

    public BlindLendingEvaluator.Rules blindRules() {
        return new BlindLendingEvaluator.Rules(blindMinAge, blindMaxAge);
    }

    public int reasonCodes() {
        return reasonCodes;
    }

    public int bigDataMinMonths() {
        return bigDataMinMonths;
    }

    public int bigDataMinSources() {
        return bigDataMinSources;
    }

    public int coverageWindowDays() {
        return coverageWindowDays;
    }

    public BigDecimal fundingRate() {
        return fundingRate;
    }

    public int offerValidityDays() {
        return offerValidityDays;
    }

    public int evidenceDays() {
        return evidenceDays;
    }

    /** The bank's zone, the platform's one setting ({@code mcrc.bank.zone}). */
    public ZoneId bankZone() {
        return bankZone;
    }
}
