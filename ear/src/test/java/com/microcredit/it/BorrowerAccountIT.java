package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.SettlementAccountView;
import com.microcredit.portfolio.api.SettlementAccounts;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the 360 view reads about a borrower's money at the bank: the settlement account's latest
 * balance and turnover (from the portfolio's settlement ledger, number masked), and an account
 * manager's own book of borrowers.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class BorrowerAccountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BorrowerAccountIT.class, CreditCodes.class);
    }

    @EJB private BorrowerService borrowers;
    @EJB private SettlementAccounts settlement;

    @Test
    void theSettlementAccountShowsTheLatestBalanceAndTurnoverMasked() {
        AccountManagerView manager = newManager();
        String account =
                "62229"
                        + String.format(
                                "%011d",
                                Math.floorMod(
                                        UUID.randomUUID().getMostSignificantBits(),
                                        100_000_000_000L));
        BorrowerView b = enterprise(manager, account);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        settlement.postTransaction(
                account + "-1",
                account,
                "CREDIT",
                new BigDecimal("1000.00"),
                "CNY",
                "a customer",
                "F52",
                today.minusDays(3));
        settlement.postTransaction(
                account + "-2",
                account,
                "DEBIT",
                new BigDecimal("250.50"),
                "CNY",
                "a supplier",
                "C22",
                today.minusDays(10));
        settlement.postTransaction(
                account + "-3",
                account,
                "CREDIT",
                new BigDecimal("4000.00"),
                "CNY",
                "a customer",
                "F52",
                today.minusDays(60));
        settlement.postTransaction(
                account + "-4",
                account,
                "CREDIT",
                new BigDecimal("9999.00"),
                "CNY",
                "too old",
                "F52",
                today.minusDays(120));
        settlement.recordEndOfDayBalance(
                account, today.minusDays(1), new BigDecimal("12345.67"), "CNY");

        SettlementAccountView view = borrowers.settlementAccount(b.id()).orElseThrow();

        assertTrue(view.maskedAccount().endsWith(account.substring(account.length() - 4)));
        assertTrue(
                !view.maskedAccount().contains(account.substring(0, 8)),
                "the number is masked: " + view.maskedAccount());
        assertEquals(new BigDecimal("12345.67"), view.latestBalance());
        assertEquals(today.minusDays(1), view.balanceDate());
        assertEquals(new BigDecimal("1000.00"), view.credits30Days());
        assertEquals(new BigDecimal("250.50"), view.debits30Days());
        assertEquals(2, view.transactions30Days());
        assertEquals(new BigDecimal("5000.00"), view.credits90Days());
        assertEquals(3, view.transactions90Days());
    }

    @Test
    void aBorrowerSettlingElsewhereHasNoAccountToShow() {
        BorrowerView b = enterprise(newManager(), null);
        assertTrue(borrowers.settlementAccount(b.id()).isEmpty());
    }

    @Test
    void anAccountManagersBookHoldsOnlyTheirBorrowers() {
        AccountManagerView mine = newManager();
        AccountManagerView other = newManager();
        BorrowerView first = enterprise(mine, null);
        BorrowerView second = enterprise(mine, null);
        enterprise(other, null);
        List<Long> book =
                borrowers.ofAccountManager(mine.id(), 50).stream().map(BorrowerView::id).toList();
        assertEquals(2, book.size());
        assertTrue(book.containsAll(List.of(first.id(), second.id())));
    }

    private AccountManagerView newManager() {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        return borrowers.registerAccountManager(
                new RegisterAccountManager(
                        login,
                        "IT manager " + login,
                        "IT-001",
                        new BigDecimal("30.274084"),
                        new BigDecimal("120.155070"),
                        new BigDecimal("50")));
    }

    private BorrowerView enterprise(AccountManagerView manager, String account) {
        return borrowers.registerEnterprise(
                new RegisterEnterprise(
                        "IT account holder " + UUID.randomUUID(),
                        CreditCodes.next(),
                        "F52",
                        "330106",
                        manager.id(),
                        "IT owner",
                        LocalDate.of(2015, 5, 1),
                        new BigDecimal("800000.00"),
                        new BigDecimal("30.26"),
                        new BigDecimal("120.15"),
                        account));
    }
}
