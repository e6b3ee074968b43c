package com.microcredit.origination.infrastructure.demo;

import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.PortfolioFigures;
import com.microcredit.portfolio.api.ReserveExposure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A demonstration loan book: relationship, group and supply-chain loans plus a pool of blind
 * micro-loans, then six months of repayment behaviour replayed month by month (days past due
 * recorded, a snapshot taken at each month end) so the dashboard has a real trend to show.
 */
@Dependent
class DemoBook {

    @EJB private LimitService limits;

    @EJB private LoanBookService book;

    @EJB private PortfolioFigures figures;

    void load(
            List<Long> enterprises,
            List<String> enterpriseIndustries,
            long managerId,
            Long hubId,
            long groupId,
            List<Long> households,
            LocalDate today) {
        reserve(
                "DEMO-REL-1",
                enterprises.get(0),
                null,
                null,
                enterpriseIndustries.get(0),
                "TAX_LOAN",
                "RELATIONSHIP",
                managerId,
                false,
                "300000.00");
        reserve(
                "DEMO-SC-1",
                enterprises.get(1),
                null,
                hubId,
                enterpriseIndustries.get(1),
                "SUPPLY_CHAIN_RECEIVABLES",
                "SUPPLY_CHAIN",
                managerId,
                false,
                "800000.00");
        reserve(
                "DEMO-SC-2",
                enterprises.get(2),
                null,
                hubId,
                enterpriseIndustries.get(2),
                "SUPPLY_CHAIN_RECEIVABLES",
                "SUPPLY_CHAIN",
                managerId,
                false,
                "500000.00");
        reserve(
                "DEMO-BD-1",
                enterprises.get(3),
                null,
                null,
                enterpriseIndustries.get(3),
                "ELECTRICITY_LOAN",
                "BIG_DATA",
                managerId,
                false,
                "200000.00");
        reserve(
                "DEMO-GRP-1",
                households.get(0),
                "group-" + groupId,
                null,
                "A01",
                "GROUP_LOAN",
                "RELATIONSHIP",
                managerId,
                false,
                "50000.00");
        for (int i = 0; i < 60; i++) {
            String amount =
                    BigDecimal.valueOf(5_000L + (i * 7_919L) % 25_000L).setScale(2).toPlainString();
            reserve(
                    "DEMO-BL-" + (i + 1),
                    households.get(i % households.size()),
                    null,
                    null,
                    i % 3 == 0 ? "F52" : "A01",
                    "BLIND_MICRO",
                    "BLIND_LENDING",
                    null,
                    true,
                    amount);
        }
        replayMonths(today);
    }

    private void replayMonths(LocalDate today) {
        for (int m = 6; m >= 0; m--) {
            LocalDate monthEnd =
                    m == 0 ? today : today.minusMonths(m).withDayOfMonth(1).minusDays(1);
            int month = 6 - m;
            // A few blind loans fall behind over the months; one supply-chain loan goes 1 month
            // late and cures. Posted as core banking's repayment postings report days past due:
            // the nightly run keeps these arrears, the demo loans have no schedule (ADR 0028).
            for (int i = 1; i <= month; i++) {
                book.recordDaysPastDue("DEMO-BL-" + (i * 7), 30 * (month - i + 1), monthEnd);
            }
            book.recordDaysPastDue("DEMO-SC-2", month == 3 ? 25 : 0, monthEnd);
            figures.takeSnapshot(monthEnd);
        }
    }

    private void reserve(
            String reference,
            long borrowerId,
            String group,
            Long hubId,
            String industry,
            String product,
            String path,
            Long managerId,
            boolean blind,
            String amount) {
        limits.reserve(
                new ReserveExposure(
                        reference,
                        new BigDecimal(amount),
                        "CNY",
                        new ExposureAttributes(
                                borrowerId,
                                group,
                                hubId,
                                industry,
                                "330106",
                                product,
                                path,
                                "HZ-001",
                                managerId,
                                blind)));
    }
}
