package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.Breakdown;
import com.microcredit.portfolio.api.FigureRow;
import com.microcredit.portfolio.api.PortfolioFigures;
import com.microcredit.portfolio.api.SnapshotView;
import com.microcredit.portfolio.domain.blind.BlindLendingProgramme;
import com.microcredit.portfolio.domain.figures.PortfolioSnapshot;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures over live exposures, computed by the database (one grouped query per breakdown), so they
 * stay cheap on a large book. NPL = substandard + doubtful + loss; provisions = specific + general.
 */
@Stateless
// figures: dashboard, decision views, offer acceptance (core banking too); snapshot names its own
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "CORE_BANKING",
    "SYSTEM"
})
public class PortfolioFiguresBean implements PortfolioFigures {

    private static final String CATEGORY =
            "com.microcredit.portfolio.domain.classification.LoanCategory.";
    private static final String NPL =
            "sum(case when e.category in ("
                    + CATEGORY
                    + "SUBSTANDARD, "
                    + CATEGORY
                    + "DOUBTFUL, "
                    + CATEGORY
                    + "LOSS) then e.outstanding else 0 end)";
    private static final String FIGURES =
            "count(e), sum(e.outstanding), "
                    + NPL
                    + ", sum(e.provisions.specific + e.provisions.general)";

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LimitStore rows;

    @Override
    public FigureRow total() {
        Object[] r =
                em.createQuery(
                                "select "
                                        + FIGURES
                                        + " from LoanExposure e where e.status = "
                                        + "com.microcredit.portfolio.domain.exposure.ExposureStatus.LIVE",
                                Object[].class)
                        .getSingleResult();
        return row("TOTAL", r, 0);
    }

    @Override
    public List<FigureRow> by(Breakdown breakdown) {
        String key =
                switch (breakdown) {
                    case PRODUCT -> "e.profile.productCode";
                    case INFORMATION_PATH -> "e.profile.informationPath";
                    case HUB -> "e.profile.hubId";
                    case INDUSTRY -> "e.profile.industryCode";
                    case REGION -> "e.profile.regionCode";
                    case BRANCH -> "e.profile.branchCode";
                    case ACCOUNT_MANAGER -> "e.profile.accountManagerId";
                };
        return grouped(key);
    }

    @Override
    public List<FigureRow> byCategory() {
        return grouped("e.category");
    }

    private List<FigureRow> grouped(String key) {
        return em
                .createQuery(
                        "select "
                                + key
                                + ", "
                                + FIGURES
                                + " from LoanExposure e where e.status ="
                                + " com.microcredit.portfolio.domain.exposure.ExposureStatus.LIVE"
                                + " group by "
                                + key
                                + " order by "
                                + key,
                        Object[].class)
                .getResultList()
                .stream()
                .map(r -> row(r[0] == null ? "-" : String.valueOf(r[0]), r, 1))
                .toList();
    }

    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"}) // the nightly run (its starter) and the demo book
    public SnapshotView takeSnapshot(LocalDate asOf) {
        FigureRow total = total();
        BigDecimal blind =
                em.createQuery(
                                "select coalesce(sum(e.outstanding), 0) from LoanExposure e where"
                                    + " e.status ="
                                    + " com.microcredit.portfolio.domain.exposure.ExposureStatus.LIVE"
                                    + " and e.profile.blindLending = true",
                                BigDecimal.class)
                        .getSingleResult();
        BigDecimal ceiling =
                rows.find(LimitDimension.BLIND_LENDING_CEILING, BlindLendingProgramme.CEILING_KEY)
                        .map(l -> l.limit().amount())
                        .orElse(BigDecimal.ZERO);
        PortfolioSnapshot snapshot = em.find(PortfolioSnapshot.class, asOf);
        if (snapshot == null) {
            snapshot = new PortfolioSnapshot(asOf, "CNY");
            em.persist(snapshot);
        }
        snapshot.record(
                total.loans(),
                total.outstanding(),
                total.nplBalance(),
                total.provisions(),
                money(blind),
                ceiling);
        return view(snapshot);
    }

    @Override
    public List<SnapshotView> trend(LocalDate from) {
        return em
                .createQuery(
                        "select s from PortfolioSnapshot s where s.asOf >= :from order by s.asOf",
                        PortfolioSnapshot.class)
                .setParameter("from", from)
                .getResultList()
                .stream()
                .map(PortfolioFiguresBean::view)
                .toList();
    }

    private static SnapshotView view(PortfolioSnapshot s) {
        return new SnapshotView(
                s.getAsOf(),
                s.getLiveLoans(),
                s.getOutstanding(),
                s.getNplBalance(),
                s.getProvisions(),
                s.getBlindOutstanding(),
                s.getCeilingAmount());
    }

    private static FigureRow row(String key, Object[] r, int offset) {
        return new FigureRow(
                key,
                ((Number) r[offset]).longValue(),
                money(r[offset + 1]),
                money(r[offset + 2]),
                money(r[offset + 3]));
    }

    private static BigDecimal money(Object value) {
        return value == null
                ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(value.toString()).setScale(2);
    }
}
