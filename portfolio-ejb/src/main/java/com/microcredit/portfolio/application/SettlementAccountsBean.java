package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.AccountActivity;
import com.microcredit.portfolio.api.AccountBalanceView;
import com.microcredit.portfolio.api.DateWindow;
import com.microcredit.portfolio.api.SettlementAccounts;
import com.microcredit.portfolio.domain.settlement.AccountBalance;
import com.microcredit.portfolio.domain.settlement.Direction;
import com.microcredit.portfolio.domain.settlement.LedgerAccount;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
// reads: profiles, decisions, nightly indicators, the settlement watch; writes name their own (ADR
// 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "CORE_BANKING",
    "SYSTEM"
})
public class SettlementAccountsBean implements SettlementAccounts {

    @Inject private LookupHasher hasher;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @jakarta.inject.Inject private SettlementIntake intake;

    @Override
    public AccountActivity activity(String accountNumber, LocalDate from, LocalDate to) {
        Object[] sums =
                em.createQuery(
                                "select sum(case when t.direction = :credit then t.amount else 0"
                                    + " end), sum(case when t.direction = :debit then t.amount else"
                                    + " 0 end), count(t) from SettlementTransaction t where"
                                    + " t.accountHash = :a and t.valueDate between :f and :t",
                                Object[].class)
                        .setParameter("credit", Direction.CREDIT)
                        .setParameter("debit", Direction.DEBIT)
                        .setParameter("a", LedgerAccount.hash(hasher, accountNumber))
                        .setParameter("f", from)
                        .setParameter("t", to)
                        .getSingleResult();
        return new AccountActivity(
                accountNumber,
                from,
                to,
                amount(sums[0]),
                amount(sums[1]),
                sums[2] == null ? 0 : ((Number) sums[2]).longValue());
    }

    @Override
    public List<BigDecimal> credits(String accountNumber, List<DateWindow> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select ");
        for (int i = 0; i < windows.size(); i++) {
            jpql.append(i == 0 ? "" : ", ")
                    .append("sum(case when t.valueDate between :f")
                    .append(i)
                    .append(" and :t")
                    .append(i)
                    .append(" then t.amount else 0 end)");
        }
        jpql.append(
                " from SettlementTransaction t where t.accountHash = :a and t.direction = :credit"
                        + " and t.valueDate between :first and :last");
        jakarta.persistence.Query query =
                em.createQuery(jpql.toString())
                        .setParameter("a", LedgerAccount.hash(hasher, accountNumber))
                        .setParameter("credit", Direction.CREDIT)
                        .setParameter(
                                "first",
                                windows.stream()
                                        .map(DateWindow::from)
                                        .min(LocalDate::compareTo)
                                        .orElseThrow())
                        .setParameter(
                                "last",
                                windows.stream()
                                        .map(DateWindow::to)
                                        .max(LocalDate::compareTo)
                                        .orElseThrow());
        for (int i = 0; i < windows.size(); i++) {
            query.setParameter("f" + i, windows.get(i).from())
                    .setParameter("t" + i, windows.get(i).to());
        }
        Object result = query.getSingleResult();
        Object[] sums = result instanceof Object[] row ? row : new Object[] {result};
        return java.util.Arrays.stream(sums).map(SettlementAccountsBean::amount).toList();
    }

    private static BigDecimal amount(Object sum) {
        return sum == null
                ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(sum.toString()).setScale(2);
    }

    @Override
    @RolesAllowed({"CORE_BANKING", "SYSTEM"})
    public boolean postTransaction(
            String transactionId,
            String accountNumber,
            String direction,
            BigDecimal amount,
            String currency,
            String counterpartyName,
            String counterpartyIndustryCode,
            LocalDate valueDate) {
        return intake.apply(
                new SettlementTransactionMessage(
                        transactionId,
                        accountNumber,
                        Direction.valueOf(direction),
                        amount,
                        currency,
                        counterpartyName,
                        counterpartyIndustryCode,
                        valueDate));
    }

    @Override
    public Optional<AccountBalanceView> latestBalance(String accountNumber) {
        return em.createQuery(
                        "select b from AccountBalance b where b.accountHash = :a order by"
                                + " b.businessDate desc",
                        AccountBalance.class)
                .setParameter("a", LedgerAccount.hash(hasher, accountNumber))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(SettlementAccountsBean::view);
    }

    @Override
    @RolesAllowed({"CORE_BANKING", "SYSTEM"})
    public AccountBalanceView recordEndOfDayBalance(
            String accountNumber, LocalDate businessDate, BigDecimal balance, String currency) {
        AccountBalance existing =
                em.find(
                        AccountBalance.class,
                        AccountBalance.key(hasher, accountNumber, businessDate));
        if (existing != null) {
            existing.restate(balance);
            return view(existing);
        }
        AccountBalance b =
                new AccountBalance(accountNumber, businessDate, balance, currency, hasher);
        em.persist(b);
        return view(b);
    }

    private static AccountBalanceView view(AccountBalance b) {
        return new AccountBalanceView(
                b.getAccountNumber(), b.getBusinessDate(), b.getBalance(), b.getCurrency());
    }
}
