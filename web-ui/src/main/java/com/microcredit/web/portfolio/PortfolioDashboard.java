package com.microcredit.web.portfolio;

import com.microcredit.origination.api.DataProviderService;
import com.microcredit.origination.api.ProviderStatusView;
import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.BlindLendingService;
import com.microcredit.portfolio.api.Breakdown;
import com.microcredit.portfolio.api.FigureRow;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.LossTailView;
import com.microcredit.portfolio.api.PortfolioFigures;
import com.microcredit.portfolio.api.ProgrammeView;
import com.microcredit.portfolio.api.SnapshotView;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The portfolio dashboard: headline figures, ceiling utilisation, NPL trend, classification mix,
 * limits by dimension, breakdowns and the blind pool's loss tail.
 */
@Named
@ViewScoped
public class PortfolioDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject @BankZone private ZoneId bankZone;

    /** Business dates are Beijing dates. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @EJB private transient PortfolioFigures figures;
    @EJB private transient LimitService limits;
    @EJB private transient BlindLendingService blind;
    @Inject private DimensionKeys keys;
    @EJB private transient DataProviderService providers;

    private FigureRow total;
    private List<FigureRow> categories = List.of();
    private List<FigureRow> breakdownRows = List.of();
    private Breakdown breakdown = Breakdown.PRODUCT;
    private List<LimitView> limitViews = List.of();
    private List<SnapshotView> trend = List.of();
    private ProgrammeView programme;
    private List<ProviderStatusView> providerRows = List.of();
    private LossTailView lossTail;
    private BigDecimal assetCorrelation = new BigDecimal("0.12");
    private int scenarios = 10_000;

    @PostConstruct
    void load() {
        total = figures.total();
        categories = figures.byCategory();
        breakdownRows = figures.by(breakdown);
        limitViews = limits.listAll();
        trend = figures.trend(LocalDate.now(bankZone).minusMonths(12));
        programme = blind.programme();
        providerRows = providers.providers();
        simulate();
    }

    /** Spend against budgets and the state of each external data provider. */
    public List<ProviderStatusView> getProviderRows() {
        return providerRows;
    }

    public void changeBreakdown() {
        breakdownRows = figures.by(breakdown);
    }

    public void simulate() {
        try {
            lossTail = blind.simulateLossTail(assetCorrelation, scenarios);
        } catch (EJBException | IllegalArgumentException e) {
            Messages.fieldError("dashboard:correlation", Messages.rootMessage(e));
        }
    }

    public String getCeilingChart() {
        BigDecimal used = programme.ceilingUtilised();
        return ChartJson.doughnut(
                List.of(
                        Messages.text("dashboard.ceiling.utilised"),
                        Messages.text("dashboard.ceiling.available")),
                List.of(used, programme.ceilingLimit().subtract(used)),
                List.of(ChartJson.BLUE, ChartJson.GREY));
    }

    public String getTrendChart() {
        return ChartJson.line(
                trend.stream().map(s -> s.asOf().toString()).toList(),
                Messages.text("dashboard.nplRatio"),
                trend.stream().map(s -> percent(s.nplBalance(), s.outstanding())).toList(),
                ChartJson.RED);
    }

    public String getCategoryChart() {
        return ChartJson.doughnut(
                categories.stream().map(r -> Messages.text("category." + r.key())).toList(),
                categories.stream().map(FigureRow::outstanding).toList(),
                categories.stream().map(r -> colour(r.key())).toList());
    }

    public String getLimitsChart() {
        return ChartJson.bar(
                limitViews.stream()
                        .map(
                                l ->
                                        Messages.text("limit.type." + l.type())
                                                + " "
                                                + keys.of(l.type(), l.key()))
                        .toList(),
                Messages.text("dashboard.utilisation"),
                limitViews.stream()
                        .map(
                                l ->
                                        l.utilisation()
                                                .multiply(HUNDRED)
                                                .setScale(2, RoundingMode.HALF_EVEN))
                        .toList(),
                ChartJson.BLUE,
                true);
    }

    public String getLossTailChart() {
        if (lossTail == null) {
            return ChartJson.bar(List.of(), "", List.of(), ChartJson.AMBER, false);
        }
        return ChartJson.bar(
                lossTail.histogram().stream().map(b -> millions(b.to())).toList(),
                Messages.text("dashboard.lossTail.scenarios"),
                lossTail.histogram().stream().map(b -> BigDecimal.valueOf(b.scenarios())).toList(),
                ChartJson.AMBER,
                false);
    }

    private static String colour(String category) {
        List<String> order =
                List.of("NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS");
        int i = order.indexOf(category);
        return i < 0 ? ChartJson.GREY : ChartJson.CATEGORY_COLOURS.get(i);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0
                ? BigDecimal.ZERO
                : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_EVEN);
    }

    private static String millions(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_EVEN)
                        .toPlainString()
                + "m";
    }

    public BigDecimal ceilingUtilisationPercent() {
        return percent(programme.ceilingUtilised(), programme.ceilingLimit());
    }

    public Breakdown[] getBreakdowns() {
        return Breakdown.values();
    }

    public FigureRow getTotal() {
        return total;
    }

    public List<FigureRow> getCategories() {
        return categories;
    }

    public List<FigureRow> getBreakdownRows() {
        return breakdownRows;
    }

    public Breakdown getBreakdown() {
        return breakdown;
    }

    public void setBreakdown(Breakdown breakdown) {
        this.breakdown = breakdown;
    }

    public List<LimitView> getLimitViews() {
        return limitViews;
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    public LossTailView getLossTail() {
        return lossTail;
    }

    public BigDecimal getAssetCorrelation() {
        return assetCorrelation;
    }

    public void setAssetCorrelation(BigDecimal assetCorrelation) {
        this.assetCorrelation = assetCorrelation;
    }

    public int getScenarios() {
        return scenarios;
    }

    public void setScenarios(int scenarios) {
        this.scenarios = scenarios;
    }
}
