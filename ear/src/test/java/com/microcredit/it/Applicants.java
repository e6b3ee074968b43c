package com.microcredit.it;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.portfolio.api.SettlementAccounts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Test borrowers on any database (the demo book is loaded on Derby only): a fresh account manager
 * and enterprise; a well-known one also has a recent visit, consent, 30 months of alternative data,
 * a credit report and three months of settlement flows, so a TAX_LOAN is approved.
 */
@Stateless
public class Applicants {

    @EJB private BorrowerService borrowers;
    @EJB private SettlementAccounts settlement;
    @EJB private OriginationFixture fixture;

    /** A fresh account manager (so tests never share one). */
    public long accountManager() {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagerView manager =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                login,
                                "IT manager",
                                "IT-001",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        return manager.id();
    }

    /**
     * A fresh enterprise with a settlement account at the bank and a legal representative's mobile
     * (139 and the account's last eight digits); returns the account number.
     */
    public String settlementAccountHolder() {
        String account =
                "62221"
                        + String.format(
                                "%011d",
                                Math.abs(
                                        UUID.randomUUID().getMostSignificantBits()
                                                % 100_000_000_000L));
        borrowers.registerEnterprise(
                new RegisterEnterprise(
                        "IT account holder " + account,
                        CreditCodes.next(),
                        "F52",
                        "330106",
                        accountManager(),
                        "IT owner",
                        LocalDate.of(2015, 5, 1),
                        new BigDecimal("500000.00"),
                        new BigDecimal("30.26"),
                        new BigDecimal("120.15"),
                        account,
                        "139" + account.substring(account.length() - 8)));
        return account;
    }

    public long wellKnownBorrower() {
        String account =
                "62220"
                        + String.format(
                                "%011d",
                                Math.abs(
                                        UUID.randomUUID().getMostSignificantBits()
                                                % 100_000_000_000L));
        long borrower =
                borrowers
                        .registerEnterprise(
                                new RegisterEnterprise(
                                        "IT enterprise " + account,
                                        CreditCodes.next(),
                                        "F52",
                                        "330106",
                                        accountManager(),
                                        "IT owner",
                                        LocalDate.of(2014, 3, 1),
                                        new BigDecimal("1000000.00"),
                                        new BigDecimal("30.26"),
                                        new BigDecimal("120.15"),
                                        account))
                        .id();
        fixture.knownWellAndConsenting(borrower);
        LocalDate today = LocalDate.now(OriginationFixture.BANK_ZONE);
        for (int week = 0; week < 13; week++) {
            settlement.postTransaction(
                    account + "-" + week,
                    account,
                    "CREDIT",
                    new BigDecimal("20000.00"),
                    "CNY",
                    "IT customer",
                    "F52",
                    today.minusDays(7L * week + 1));
        }
        return borrower;
    }
}
