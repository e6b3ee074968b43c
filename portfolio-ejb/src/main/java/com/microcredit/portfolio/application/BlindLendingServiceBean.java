package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.BlindLendingService;
import com.microcredit.portfolio.api.CalibrationView;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.LossTailView;
import com.microcredit.portfolio.api.ProgrammeView;
import com.microcredit.portfolio.api.ProposeCalibration;
import com.microcredit.portfolio.domain.blind.BlindLendingParameters;
import com.microcredit.portfolio.domain.blind.BlindLendingProgramme;
import com.microcredit.portfolio.domain.blind.CeilingCalibration;
import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.limit.LimitExceededException;
import com.microcredit.portfolio.domain.risk.LossTail;
import com.microcredit.portfolio.domain.risk.VasicekLossSimulator;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.List;

@Stateless
@RolesAllowed({"RISK_MANAGER", "AUDITOR", "CREDIT_OFFICER"})
public class BlindLendingServiceBean implements BlindLendingService {

    private static final long SIMULATION_SEED = 20_260_101L;

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LimitStore rows;

    @Inject private PortfolioSettings settings;

    @Inject private BlindPool pool;

    @Resource private SessionContext context;

    @EJB private AuditTrail audit;

    @Override
    public ProgrammeView programme() {
        BlindLendingProgramme programme = programmeOrFail(LockModeType.NONE);
        BlindLendingParameters p = programme.parameters();
        ExposureLimit ceiling = ceilingLimit();
        long booked = pool.loansSince(programme.getCalibratedAt());
        long defaulted = pool.defaultsSince(programme.getCalibratedAt());
        BigDecimal realised =
                booked == 0
                        ? null
                        : BigDecimal.valueOf(defaulted)
                                .divide(BigDecimal.valueOf(booked), MathContext.DECIMAL64)
                                .setScale(4, java.math.RoundingMode.HALF_EVEN);
        return new ProgrammeView(
                p.currencyUnit().getCurrencyCode(),
                p.totalAssets().amount(),
                p.toleratedLossShare(),
                p.assumedDefaultRate(),
                p.lossGivenDefault(),
                p.singleLoanDivisor(),
                p.defaultRateTolerance(),
                p.minimumSample(),
                p.ceiling().amount(),
                ceiling.limit().amount(),
                ceiling.utilised().amount(),
                p.singleLoanCap().amount(),
                p.toleratedLoss().amount(),
                booked,
                defaulted,
                realised,
                programme.getStatus().name(),
                programme.getStatusReason(),
                programme.getCalibratedAt(),
                programme.getCalibratedBy());
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public CalibrationView proposeCalibration(ProposeCalibration c) {
        try {
            BlindLendingParameters parameters =
                    new BlindLendingParameters(
                            LimitServiceBean.money(c.totalAssets(), c.currency()),
                            c.toleratedLossShare(),
                            c.assumedDefaultRate(),
                            c.lossGivenDefault(),
                            c.singleLoanDivisor(),
                            c.defaultRateTolerance(),
                            c.minimumSample());
            CeilingCalibration calibration =
                    new CeilingCalibration(parameters, c.reason(), caller(), clock.instant());
            em.persist(calibration);
            em.flush();
            audited(calibration, "AUDIT_CALIBRATION_PROPOSED");
            return Views.calibration(calibration);
        } catch (ApprovalRefusal e) {
            throw new ChangeRefusedException(null, e.code(), e.arguments().toArray());
        } catch (FieldRefusal e) {
            throw new ChangeRefusedException(e.field(), e.code(), e.arguments().toArray());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ChangeRefusedException(null, "CALIBRATION_INVALID").because(e);
        }
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public CalibrationView approveCalibration(long calibrationId, String note) {
        CeilingCalibration calibration = calibration(calibrationId);
        BlindLendingProgramme programme = programmeOrFail(LockModeType.PESSIMISTIC_WRITE);
        try {
            calibration.approve(programme, caller(), clock.instant(), note);
            ExposureLimit ceiling =
                    rows.findForChange(
                                    LimitDimension.BLIND_LENDING_CEILING,
                                    BlindLendingProgramme.CEILING_KEY)
                            .orElseThrow(
                                    () -> new ChangeRefusedException(null, "CEILING_NOT_DEFINED"));
            ceiling.changeAmount(programme.parameters().ceiling());
            ceiling.capSingleReservation(programme.parameters().singleLoanCap());
            ceiling.unblock();
            em.flush();
            audited(calibration, "AUDIT_CALIBRATION_APPROVED", programme.parameters().ceiling());
            return Views.calibration(calibration);
        } catch (ApprovalRefusal e) {
            throw new ChangeRefusedException(null, e.code(), e.arguments().toArray());
        } catch (LimitExceededException e) {
            throw new ChangeRefusedException(null, "LIMIT_EXCEEDED").because(e);
        }
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public CalibrationView rejectCalibration(long calibrationId, String note) {
        CeilingCalibration calibration = calibration(calibrationId);
        try {
            calibration.reject(caller(), clock.instant(), note);
            audited(calibration, "AUDIT_CALIBRATION_REJECTED");
            return Views.calibration(calibration);
        } catch (ApprovalRefusal e) {
            throw new ChangeRefusedException(null, e.code(), e.arguments().toArray());
        }
    }

    @Override
    public List<CalibrationView> calibrations(int max) {
        return em
                .createQuery(
                        "select c from CeilingCalibration c order by c.id desc",
                        CeilingCalibration.class)
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList()
                .stream()
                .map(Views::calibration)
                .toList();
    }

    @Override
    public LossTailView simulateLossTail(BigDecimal assetCorrelation, int scenarios) {
        if (scenarios < 1_000 || scenarios > settings.maxScenarios()) {
            throw new IllegalArgumentException(
                    "Scenarios must be between 1,000 and " + settings.maxScenarios());
        }
        BlindLendingParameters p = programmeOrFail(LockModeType.NONE).parameters();
        List<BigDecimal> exposures = pool.liveExposures();
        LossTail tail =
                new VasicekLossSimulator()
                        .simulate(
                                exposures,
                                p.assumedDefaultRate(),
                                p.lossGivenDefault(),
                                assetCorrelation,
                                scenarios,
                                SIMULATION_SEED);
        BigDecimal tolerated = p.toleratedLoss().amount();
        return new LossTailView(
                exposures.size(),
                tail.totalExposure(),
                assetCorrelation,
                tail.scenarios(),
                tail.expectedLoss(),
                tail.analyticExpectedLoss(),
                tail.quantile99(),
                tail.quantile999(),
                tail.maximumLoss(),
                tolerated,
                tail.withinTolerance(tolerated),
                tail.histogram().stream()
                        .map(b -> new LossTailView.Bucket(b.from(), b.to(), b.scenarios()))
                        .toList());
    }

    private BlindLendingProgramme programmeOrFail(LockModeType lock) {
        BlindLendingProgramme programme =
                em.find(BlindLendingProgramme.class, BlindLendingProgramme.THE_PROGRAMME, lock);
        if (programme == null) {
            throw new ChangeRefusedException(null, "PROGRAMME_NOT_SET_UP");
        }
        return programme;
    }

    private ExposureLimit ceilingLimit() {
        return rows.find(LimitDimension.BLIND_LENDING_CEILING, BlindLendingProgramme.CEILING_KEY)
                .orElseThrow(() -> new ChangeRefusedException(null, "CEILING_NOT_DEFINED"));
    }

    private CeilingCalibration calibration(long id) {
        CeilingCalibration calibration =
                em.find(CeilingCalibration.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (calibration == null) {
            throw new ChangeRefusedException(null, "NOT_FOUND", "CALIBRATION", id);
        }
        return calibration;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private void audited(CeilingCalibration calibration, String code, Object... arguments) {
        audit.record(
                AuditEvent.coded(
                        "LIMIT_CHANGE", "CALIBRATION", calibration.getId(), code, arguments));
    }
}
