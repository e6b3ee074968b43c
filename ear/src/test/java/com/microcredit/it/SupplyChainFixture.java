package com.microcredit.it;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.supplychain.api.AddChainMember;
import com.microcredit.supplychain.api.ChainCredit;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.OnboardHub;
import com.microcredit.supplychain.api.RecordTrade;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds a hub with a chain of suppliers who have two years of verified trade with it, in committed
 * transactions.
 */
@Stateless
public class SupplyChainFixture {

    static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    /** A hub, its members (borrower ids) and the chain limit. */
    public record Chain(long hubId, String hubName, List<Long> members) {}

    @EJB private HubService hubs;
    @EJB private ChainCredit chainCredit;
    @EJB private BorrowerService borrowers;
    @EJB private LimitService limits;

    /**
     * A NORMAL hub with a chain limit of 1,000,000.00 and the given number of suppliers, each with
     * 12 monthly hub-confirmed invoices of 50,000.00, each paid by the hub 20 days later (member
     * limit 30 % of the trailing 12 months' 550,000.00 = 165,000.00; payments regular).
     */
    public Chain chain(int suppliers) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HubView hub =
                hubs.onboardHub(
                        new OnboardHub(
                                "测试核心企业" + tag,
                                CreditCodes.next(),
                                "C38",
                                new BigDecimal("1000000.00"),
                                "CNY"));
        AccountManagerView manager =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                "it-sc-" + tag,
                                "测试客户经理",
                                "IT-001",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        LocalDate today = LocalDate.now(BANK_ZONE);
        List<Long> members = new ArrayList<>();
        for (int s = 0; s < suppliers; s++) {
            long borrower =
                    borrowers
                            .registerEnterprise(
                                    new RegisterEnterprise(
                                            "测试供应商" + tag + "-" + s,
                                            CreditCodes.next(),
                                            "C38",
                                            "330106",
                                            manager.id(),
                                            "测试法人",
                                            LocalDate.of(2015, 1, 1),
                                            new BigDecimal("3000000.00"),
                                            null,
                                            null,
                                            null))
                            .id();
            hubs.addChainMember(
                    new AddChainMember(hub.id(), borrower, "SUPPLIER", today.minusMonths(24)));
            for (int m = 1; m <= 12; m++) {
                chainCredit.recordTrade(
                        new RecordTrade(
                                hub.id(),
                                borrower,
                                "INVOICE",
                                "IT-INV-" + borrower + "-" + m,
                                today.minusMonths(m),
                                new BigDecimal("50000.00"),
                                "CNY",
                                true));
                chainCredit.recordTrade(
                        new RecordTrade(
                                hub.id(),
                                borrower,
                                "PAYMENT",
                                "IT-PAY-" + borrower + "-" + m,
                                today.minusMonths(m).plusDays(20),
                                new BigDecimal("50000.00"),
                                "CNY",
                                true));
            }
            members.add(borrower);
        }
        return new Chain(hub.id(), hub.name(), members);
    }

    /** An invoice of the member, confirmed or not by the hub; returns its id. */
    public long invoice(long hubId, long borrowerId, String amount, boolean confirmed) {
        return chainCredit
                .recordTrade(
                        new RecordTrade(
                                hubId,
                                borrowerId,
                                "INVOICE",
                                "IT-NEW-" + UUID.randomUUID().toString().substring(0, 12),
                                LocalDate.now(BANK_ZONE).minusDays(1),
                                new BigDecimal(amount),
                                "CNY",
                                confirmed))
                .id();
    }

    /** A loan booked against the hub's chain (exposure with the hub id). */
    public void chainLoan(String reference, long borrowerId, long hubId, String amount) {
        limits.reserve(
                new ReserveExposure(
                        reference, new BigDecimal(amount), "CNY", attributes(borrowerId, hubId)));
    }

    static ExposureAttributes attributes(long borrowerId, Long hubId) {
        return new ExposureAttributes(
                borrowerId,
                null,
                hubId,
                "C38",
                "330106",
                "SUPPLY_CHAIN_RECEIVABLES",
                "SUPPLY_CHAIN",
                "IT-001",
                null,
                false);
    }
}
