package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.domain.blind.BlindLendingParameters;
import com.microcredit.portfolio.domain.blind.BlindLendingProgramme;
import com.microcredit.portfolio.domain.change.LimitChange;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.CodedText;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Sets up the blind-lending programme on the first start: its first calibration from configuration
 * and the ceiling limit at exactly the formula. Later starts change nothing; from then on only a
 * dual-controlled recalibration moves the ceiling.
 */
@Singleton
@Startup
@DependsOn("platform-ejb.jar#SchemaMigrator")
public class ProgrammeBootstrap {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private PortfolioSettings settings;

    @Inject private LimitStore rows;

    @Inject @BankZone private Clock clock;

    @PostConstruct
    void setUpProgramme() {
        if (em.find(BlindLendingProgramme.class, BlindLendingProgramme.THE_PROGRAMME) != null) {
            return;
        }
        BlindLendingParameters parameters = settings.initialBlindParameters();
        em.persist(new BlindLendingProgramme(parameters, "configuration", clock.instant()));
        rows.define(
                        LimitDimension.BLIND_LENDING_CEILING,
                        BlindLendingProgramme.CEILING_KEY,
                        parameters.ceiling())
                .capSingleReservation(parameters.singleLoanCap());
        em.persist(
                LimitChange.appliedBySystem(
                        LimitDimension.BLIND_LENDING_CEILING,
                        BlindLendingProgramme.CEILING_KEY,
                        parameters.ceiling(),
                        CodedText.of("CEILING_FIRST_CALIBRATION").stored(),
                        "system",
                        clock.instant()));
    }
}
