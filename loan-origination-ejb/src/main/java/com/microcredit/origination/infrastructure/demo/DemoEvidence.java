package com.microcredit.origination.infrastructure.demo;

import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.Visit;
import com.microcredit.origination.domain.borrower.VisitAssessment;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.scoring.AlternativeDatum;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.SettlementAccounts;
import com.microcredit.supplychain.api.ChainCredit;
import com.microcredit.supplychain.api.RecordTrade;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The evidence behind the demonstration borrowers: visits, consents, alternative data, the credit
 * report, trade with the hub, settlement-account flows and balances. Each borrower is shaped to
 * show one kind of decision (see README "Demo data").
 */
@Dependent
class DemoEvidence {

    @Inject @BankZone private ZoneId bankZone;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private SettlementAccounts settlement;

    @EJB private ChainCredit chainCredit;

    void visit(long borrowerId, int daysAgo, VisitAssessment assessment, String notes) {
        Borrower b = em.find(Borrower.class, borrowerId);
        AccountManager m = em.find(AccountManager.class, b.getAccountManagerId());
        em.persist(
                new Visit(
                        b,
                        m,
                        today().minusDays(daysAgo),
                        assessment,
                        notes,
                        Instant.now(),
                        bankZone));
    }

    void consentToAll(long borrowerId, String evidenceReference) {
        em.persist(
                new DataConsent(
                        borrowerId,
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        EnumSet.allOf(DataSource.class),
                        today().plusYears(1),
                        evidenceReference,
                        "manager",
                        Instant.now(),
                        today()));
    }

    void consent(long borrowerId, Set<DataSource> sources, String evidenceReference) {
        em.persist(
                new DataConsent(
                        borrowerId,
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        sources,
                        today().plusYears(1),
                        evidenceReference,
                        "manager",
                        Instant.now(),
                        today()));
    }

    /**
     * Monthly figures for the last {@code months} complete months; lateEvery > 0 marks every n-th
     * tax month late.
     */
    void monthly(
            long borrowerId,
            DataSource source,
            String metric,
            int months,
            String value,
            double monthlyGrowth) {
        LocalDate first = today().withDayOfMonth(1);
        for (int m = 1; m <= months; m++) {
            BigDecimal v =
                    new BigDecimal(value)
                            .multiply(BigDecimal.valueOf(Math.pow(1 + monthlyGrowth, -m)))
                            .setScale(4, java.math.RoundingMode.HALF_EVEN);
            em.persist(
                    new AlternativeDatum(
                            borrowerId, new Observation(source, first.minusMonths(m), metric, v)));
        }
    }

    void taxHistory(long borrowerId, int months, int lateEvery) {
        monthly(borrowerId, DataSource.TAX, "PAID", months, "18000", 0.004);
        LocalDate first = today().withDayOfMonth(1);
        for (int m = 1; m <= months; m++) {
            boolean late = lateEvery > 0 && m % lateEvery == 0;
            em.persist(
                    new AlternativeDatum(
                            borrowerId,
                            new Observation(
                                    DataSource.TAX,
                                    first.minusMonths(m),
                                    "LATE",
                                    late ? BigDecimal.ONE : BigDecimal.ZERO)));
        }
    }

    void creditReport(
            long borrowerId, int historyMonths, int openLoans, int pastDueNow, int worstDpd) {
        LocalDate period = today().withDayOfMonth(1).minusMonths(1);
        String[][] metrics = {
            {"HISTORY_MONTHS", "" + historyMonths},
            {"OPEN_LOANS", "" + openLoans},
            {"PAST_DUE_NOW", "" + pastDueNow},
            {"WORST_DPD_24M", "" + worstDpd}
        };
        for (String[] m : metrics) {
            em.persist(
                    new AlternativeDatum(
                            borrowerId,
                            new Observation(
                                    DataSource.CREDIT_REPORT, period, m[0], new BigDecimal(m[1]))));
        }
    }

    void courtJudgment(long borrowerId, int monthsAgo) {
        em.persist(
                new AlternativeDatum(
                        borrowerId,
                        new Observation(
                                DataSource.COURTS,
                                today().withDayOfMonth(1).minusMonths(monthsAgo),
                                "JUDGMENT",
                                BigDecimal.ONE)));
    }

    /** Confirmed monthly invoices and payments with the hub for the last {@code months} months. */
    void trade(long hubId, long borrowerId, int months, String monthlyInvoice) {
        for (int m = 1; m <= months; m++) {
            LocalDate day = today().minusMonths(m);
            chainCredit.recordTrade(
                    new RecordTrade(
                            hubId,
                            borrowerId,
                            "INVOICE",
                            "INV-" + borrowerId + "-" + m,
                            day,
                            new BigDecimal(monthlyInvoice),
                            "CNY",
                            true));
            chainCredit.recordTrade(
                    new RecordTrade(
                            hubId,
                            borrowerId,
                            "PAYMENT",
                            "PAY-" + borrowerId + "-" + m,
                            day.plusDays(30),
                            new BigDecimal(monthlyInvoice),
                            "CNY",
                            true));
        }
    }

    /**
     * Weekly customer receipts and monthly supplier payments through the settlement account over
     * 120 days.
     */
    void flows(String account, String weeklyReceipts, String balance) {
        LocalDate today = today();
        for (int w = 0; w < 17; w++) {
            LocalDate day = today.minusDays(7L * w + 1);
            settlement.postTransaction(
                    transactionId(account, "R", w),
                    account,
                    "CREDIT",
                    new BigDecimal(weeklyReceipts),
                    "CNY",
                    "客户货款",
                    "F52",
                    day);
            if (w % 4 == 0) {
                settlement.postTransaction(
                        transactionId(account, "P", w),
                        account,
                        "DEBIT",
                        new BigDecimal(weeklyReceipts).multiply(BigDecimal.valueOf(3)),
                        "CNY",
                        "支付供应商货款",
                        "A01",
                        day);
            }
        }
        settlement.recordEndOfDayBalance(
                account, today.minusDays(1), new BigDecimal(balance), "CNY");
    }

    /**
     * The id of a demo settlement transaction: opaque (no account number in it, issue 20), stable
     * from one load to the next and unique – the first 80 bits of SHA-256 over the account, the
     * kind (R receipt, P payment) and the week.
     */
    static String transactionId(String account, String kind, int week) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    ("mcrc-demo|" + account + "|" + kind + "|" + week)
                                            .getBytes(StandardCharsets.UTF_8));
            return "DEMO-TX-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    void balance(String account, String balance) {
        settlement.recordEndOfDayBalance(
                account, today().minusDays(1), new BigDecimal(balance), "CNY");
    }

    private LocalDate today() {
        return LocalDate.now(bankZone);
    }
}
