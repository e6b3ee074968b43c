package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.domain.inbound.RejectedMessage;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.ReconciliationService;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.portfolio.application.SettlementWatch;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Core-banking integration end to end on the real messaging engine and database: duplicate delivery
 * has one effect, end-of-day reports are reconciled into breaks, repayment postings release and
 * reclassify once, malformed messages all reach the exception destination with their reasons and
 * change nothing else, events leave only on commit.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class CoreBankingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                CoreBankingIT.class,
                ItProbe.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ApiCalls.class,
                PageCalls.class);
    }

    @EJB private ItProbe probe;
    @EJB private Applicants applicants;
    @EJB private ReconciliationService reconciliation;
    @EJB private LimitService limits;
    @EJB private LoanBookService book;
    @EJB private SettlementWatch watch;

    private ConnectionFactory connectionFactory;
    private Queue settlement;
    private Queue endOfDay;
    private Queue repayments;
    private Queue exceptions;
    private Queue events;

    @BeforeEach
    void lookUp() throws NamingException {
        connectionFactory = InitialContext.doLookup("jms/mcrc/ConnectionFactory");
        settlement = InitialContext.doLookup("jms/portfolio/SettlementTransaction");
        endOfDay = InitialContext.doLookup("jms/portfolio/EndOfDayBalance");
        repayments = InitialContext.doLookup("jms/portfolio/RepaymentPosting");
        exceptions = InitialContext.doLookup("jms/mcrc/InboundExceptions");
        events = InitialContext.doLookup("jms/mcrc/Events");
    }

    @Test
    void theSameMessageDeliveredTwiceHasOneEffect() throws Exception {
        String account = applicants.settlementAccountHolder();
        String id = "IT-DUP-" + UUID.randomUUID();
        String body = transaction(id, account, "CREDIT", "250.00");
        String run = "dup-" + UUID.randomUUID();
        send(settlement, body, run + "-1");
        send(settlement, body, run + "-2");
        awaitConsumed(settlement, run);
        // The report describes a day whose transactions have reached the ledger (a report that
        // overtakes a transaction still in flight records a break, re-checked by the schedule).
        await(() -> ledgerCount(account) == 1, "transaction applied");
        String report = endOfDay(account, "0.00", "250.00", List.of(id));
        send(endOfDay, report, run + "-3");
        send(endOfDay, report, run + "-4");
        awaitConsumed(endOfDay, run);
        await(() -> reconciledDays(account) == 1, "end-of-day report applied");

        assertEquals(
                1,
                probe.count(
                        "select count(t) from SettlementTransaction t where t.transactionId = :k",
                        Map.of("k", id)));
        Object[] sums =
                probe.firstRow(
                        "select sum(t.amount), count(t) from SettlementTransaction t"
                                + " where t.accountHash = :a",
                        Map.of("a", probe.accountHash(account)));
        assertEquals(
                0,
                new BigDecimal("250.00").compareTo((BigDecimal) sums[0]),
                "the ledger holds the amount once");
        assertEquals(
                0, breaks(account, null), "one application of each message matches core banking");
        assertEquals(
                0,
                probe.count(
                        "select count(r) from RejectedMessage r where r.businessKey = :k",
                        Map.of("k", RejectedMessage.maskedKey(id))),
                "a duplicate is not an error");
    }

    @Test
    void anEndOfDayReportIsReconciledAndEveryBreakIsRecorded() throws Exception {
        String account = applicants.settlementAccountHolder();
        String t1 = "IT-R1-" + UUID.randomUUID();
        String t2 = "IT-R2-" + UUID.randomUUID();
        String t3 = "IT-R3-" + UUID.randomUUID();
        send(settlement, transaction(t1, account, "CREDIT", "100.00"), "r-" + t1);
        send(settlement, transaction(t3, account, "DEBIT", "30.00"), "r-" + t3);
        await(() -> ledgerCount(account) == 2, "two transactions applied");

        // Core banking booked t1 and t2 (t2 never reached us) and not t3 (we hold it): 1000 + 100 +
        // 100 = 1200.
        send(
                endOfDay,
                endOfDay(account, "1000.00", "1200.00", List.of(t1, t2)),
                "r-eod-" + account);
        await(() -> reconciledDays(account) == 1, "report reconciled");
        assertEquals(1, breaks(account, "DIFFERENCE"));
        assertEquals(1, breaks(account, "MISSING"));
        assertEquals(1, breaks(account, "EXTRA"));
        Object[] difference =
                probe.firstRow(
                        "select b.breakAmount, b.ledgerAmount from ReconciliationBreak b where"
                            + " b.accountHash = :a and b.kind ="
                            + " com.microcredit.portfolio.domain.settlement.BreakKind.DIFFERENCE",
                        Map.of("a", probe.accountHash(account)));
        assertEquals(
                0,
                new BigDecimal("130.00").compareTo((BigDecimal) difference[0]),
                "1200 reported − 1070 ledger");
        assertEquals(0, new BigDecimal("1070.00").compareTo((BigDecimal) difference[1]));

        // t2 arrives late: the next run clears the missing break; the balance still differs by t3's
        // 30.
        send(settlement, transaction(t2, account, "CREDIT", "100.00"), "r-" + t2);
        await(() -> ledgerCount(account) == 3, "late transaction applied");
        var day = reconciliation.reconcile(account, DAY);
        assertEquals(2, day.openBreaks());
        assertEquals(0, breaks(account, "MISSING"));
        assertEquals(
                1,
                probe.count(
                        "select count(b) from ReconciliationBreak b where b.accountHash = :a and"
                            + " b.status ="
                            + " com.microcredit.portfolio.domain.settlement.BreakStatus.CLEARED",
                        Map.of("a", probe.accountHash(account))));
        Object[] after =
                probe.firstRow(
                        "select b.breakAmount, b.id from ReconciliationBreak b where b.accountHash"
                            + " = :a and b.kind ="
                            + " com.microcredit.portfolio.domain.settlement.BreakKind.DIFFERENCE"
                            + " and b.status ="
                            + " com.microcredit.portfolio.domain.settlement.BreakStatus.OPEN",
                        Map.of("a", probe.accountHash(account)));
        assertEquals(
                0,
                new BigDecimal("30.00").compareTo((BigDecimal) after[0]),
                "the same break, refreshed: 1200 − 1170");

        // Core banking restates the day including t3: the old breaks are superseded, the day
        // matches.
        send(
                endOfDay,
                endOfDay(account, "1000.00", "1170.00", List.of(t1, t2, t3)),
                "r-eod2-" + account);
        await(() -> breaks(account, null) == 0, "restated report matches");
        assertEquals(
                2,
                probe.count(
                        "select count(b) from ReconciliationBreak b where b.accountHash = :a and"
                            + " b.status ="
                            + " com.microcredit.portfolio.domain.settlement.BreakStatus.SUPERSEDED",
                        Map.of("a", probe.accountHash(account))));
    }

    @Test
    void endOfDayReportsSentTogetherAreAppliedOnceAndAnInvalidOneIsRefusedWithoutLosingTheOthers()
            throws Exception {
        String a1 = applicants.settlementAccountHolder();
        String a2 = applicants.settlementAccountHolder();
        String t1 = "IT-EODB-" + UUID.randomUUID();
        String t2 = "IT-EODB-" + UUID.randomUUID();
        send(settlement, transaction(t1, a1, "CREDIT", "10.00"), "eodb-" + t1);
        send(settlement, transaction(t2, a2, "DEBIT", "20.00"), "eodb-" + t2);
        await(() -> ledgerCount(a1) == 1 && ledgerCount(a2) == 1, "transactions applied");
        String unknown =
                "6299"
                        + String.format(
                                "%012d",
                                Math.floorMod(
                                        UUID.randomUUID().getLeastSignificantBits(),
                                        1_000_000_000_000L));
        String run = "eodb-" + UUID.randomUUID();
        // One JMS transaction, so the end-of-day consumer takes them together when it is idle: a
        // valid
        // report, one for an account that is no borrower's, another valid one, the first again.
        List<String> reports =
                List.of(
                        endOfDay(a1, "0.00", "10.00", List.of(t1)),
                        endOfDay(unknown, "0.00", "5.00", List.of()),
                        endOfDay(a2, "100.00", "80.00", List.of(t2)),
                        endOfDay(a1, "0.00", "10.00", List.of(t1)));
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            for (int i = 0; i < reports.size(); i++) {
                context.createProducer()
                        .setJMSCorrelationID(run + "-" + i)
                        .send(endOfDay, reports.get(i));
            }
            context.commit();
        }
        awaitConsumed(endOfDay, run);
        await(
                () -> reconciledDays(a1) == 1 && reconciledDays(a2) == 1,
                "both valid reports reconciled");
        assertEquals(0, breaks(a1, null), "the ledger matches the first account's report");
        assertEquals(0, breaks(a2, null), "the ledger matches the second account's report");
        assertEquals(
                "INBOUND_UNKNOWN_ACCOUNT [\"" + RejectedMessage.maskedKey(unknown) + "\"]",
                awaitException(RejectedMessage.maskedKey(unknown + "/" + DAY)),
                "refused with its code and the account masked");
        assertEquals(
                1,
                probe.count(
                        "select count(r) from RejectedMessage r where r.businessKey = :k",
                        Map.of("k", RejectedMessage.maskedKey(unknown + "/" + DAY))),
                "the refusal is recorded once");
        assertEquals(
                0,
                probe.count(
                        "select count(b) from AccountBalance b where b.accountHash = :a",
                        Map.of("a", probe.accountHash(unknown))),
                "nothing stored for the refused report");

        // At rest the refusal names the account only masked, and keeps the report encrypted.
        javax.sql.DataSource ds = InitialContext.doLookup("jdbc/mcrc");
        try (java.sql.Connection c = ds.getConnection();
                java.sql.PreparedStatement q =
                        c.prepareStatement(
                                "SELECT business_key, reason, payload FROM rejected_message WHERE"
                                        + " business_key = ?")) {
            q.setString(1, RejectedMessage.maskedKey(unknown + "/" + DAY));
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "the refusal's raw row");
                for (int i = 1; i <= 3; i++) {
                    assertFalse(
                            rs.getString(i).contains(unknown.substring(4)),
                            "column " + i + " holds the account: " + rs.getString(i));
                }
                assertTrue(
                        rs.getString(1)
                                .endsWith(unknown.substring(unknown.length() - 4) + "/" + DAY),
                        "the key keeps the account's last four digits: " + rs.getString(1));
                assertTrue(
                        rs.getString(3).startsWith("g1."),
                        "the report is stored AES-GCM encrypted");
            }
        }
    }

    @Test
    void rawLedgerRowsHoldNoPlaintextAccountNumber() throws Exception {
        String account = applicants.settlementAccountHolder();
        String hash = probe.accountHash(account);
        String t1 = "IT-RAW-" + UUID.randomUUID();
        String run = "raw-" + UUID.randomUUID();
        send(settlement, transaction(t1, account, "CREDIT", "80.00"), run + "-1");
        await(() -> ledgerCount(account) == 1, "transaction applied");
        // A report naming a transaction the ledger lacks: the day and a MISSING break are stored.
        send(
                endOfDay,
                endOfDay(
                        account,
                        "0.00",
                        "80.00",
                        List.of(t1, "IT-RAW-MISSING-" + UUID.randomUUID())),
                run + "-2");
        await(
                () -> reconciledDays(account) == 1 && breaks(account, "MISSING") == 1,
                "report reconciled with a break");
        String loan = "IT-LOAN-" + UUID.randomUUID().toString().substring(0, 12);
        reserveLoan(loan, "100.00", anyBorrower(), "ITRAW");
        String posting = "IT-RP-RAW-" + UUID.randomUUID();
        send(
                repayments,
                """
                {"schemaVersion":1,"messageType":"RepaymentPosting","postingId":"%s","loanReference":"%s",
                 "accountNumber":"%s","principal":"10.00","interest":"0.00","currency":"CNY","valueDate":"%s"}
                """
                        .formatted(posting, loan, account, TODAY),
                run + "-3");
        awaitPostingApplied(posting);

        // Plain JDBC, as a stolen dump would read them: only the hash and the AES-GCM form of the
        // number.
        javax.sql.DataSource ds = InitialContext.doLookup("jdbc/mcrc");
        try (java.sql.Connection c = ds.getConnection()) {
            for (String table :
                    List.of(
                            "settlement_transaction",
                            "account_balance",
                            "reconciliation_break",
                            "repayment_posting")) {
                int rows = 0;
                try (java.sql.PreparedStatement s =
                        c.prepareStatement("SELECT * FROM " + table + " WHERE account_hash = ?")) {
                    s.setString(1, hash);
                    try (java.sql.ResultSet rs = s.executeQuery()) {
                        java.sql.ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            rows++;
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                assertFalse(
                                        "account_number".equalsIgnoreCase(md.getColumnName(i)),
                                        table + " still has a plaintext account_number column");
                                String value = rs.getString(i);
                                assertFalse(
                                        value != null
                                                && value.contains(
                                                        account.substring(account.length() - 10)),
                                        table
                                                + "."
                                                + md.getColumnName(i)
                                                + " holds the account number: "
                                                + value);
                            }
                            String cipher = rs.getString("account_cipher");
                            assertTrue(
                                    cipher.startsWith("g1."), table + ": AES-GCM under a key id");
                            assertEquals(
                                    account,
                                    probe.decrypt(cipher),
                                    table + ": the ciphertext holds the number");
                        }
                    }
                }
                assertTrue(rows > 0, table + " has rows of the account");
            }
            // Borrower and ledger hold the same hash: the join needs no decryption.
            try (java.sql.PreparedStatement s =
                    c.prepareStatement(
                            "SELECT COUNT(*) FROM settlement_transaction t JOIN borrower b ON"
                                    + " b.settlement_account_hash = t.account_hash WHERE"
                                    + " t.transaction_id = ?")) {
                s.setString(1, t1);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getLong(1));
                }
            }
        }
        // Read back through the entity, the number is whole (the page masks it).
        assertEquals(
                account,
                probe.firstValue(
                        "select b.accountNumber from ReconciliationBreak b where b.accountHash ="
                                + " :a",
                        Map.of("a", hash)));
    }

    @Test
    void aRepaymentPostingReleasesAndReclassifiesOnceAndAnnouncesTheNewCategory() throws Exception {
        String loan = "IT-LOAN-" + UUID.randomUUID().toString().substring(0, 12);
        String product = "ITREP" + UUID.randomUUID().toString().substring(0, 6);
        reserveLoan(loan, "1000.00", anyBorrower(), product);
        String posting = "IT-RP-" + UUID.randomUUID();
        String body =
                """
                {"schemaVersion":1,"messageType":"RepaymentPosting","postingId":"%s","loanReference":"%s",
                 "principal":"400.00","interest":"12.50","currency":"CNY","valueDate":"%s","daysPastDue":95}
                """
                        .formatted(posting, loan, TODAY);
        String run = "rp-" + UUID.randomUUID();
        send(repayments, body, run + "-1");
        send(repayments, body, run + "-2");
        awaitConsumed(repayments, run);
        awaitPostingApplied(posting);
        var exposure = book.find(loan).orElseThrow();
        assertEquals(
                0,
                new BigDecimal("600.00").compareTo(exposure.outstanding()),
                "principal released once");
        assertEquals("SUBSTANDARD", exposure.category());
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                events, "businessKey = '" + loan + ":SUBSTANDARD:" + TODAY + "'")) {
            Message event = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(event, "ClassificationChanged sent on commit");
            assertEquals("ClassificationChanged", event.getStringProperty("messageType"));
            assertTrue(event.getBody(String.class).contains("\"fromCategory\":\"NORMAL\""));
            assertNull(consumer.receive(500), "one event for one change");
        }

        // More principal than is outstanding: refused with its reason, nothing released.
        String tooMuch = "IT-RP-" + UUID.randomUUID();
        send(repayments, body.replace(posting, tooMuch).replace("400.00", "900.00"), run + "-3");
        String reason = awaitException(tooMuch);
        assertTrue(
                reason.startsWith("INBOUND_PRINCIPAL_OVER_OUTSTANDING [\"900\",\"600\","), reason);
        assertEquals(
                0, new BigDecimal("600.00").compareTo(book.find(loan).orElseThrow().outstanding()));
    }

    @Test
    void anEventOfARolledBackChangeNeverLeaves() throws Exception {
        String loan = "IT-RB-" + UUID.randomUUID().toString().substring(0, 12);
        reserveLoan(
                loan,
                "500.00",
                anyBorrower(),
                "ITRB" + UUID.randomUUID().toString().substring(0, 6));
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        book.recordDaysPastDue(loan, 30, TODAY);
        tx.rollback();
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(events, "businessKey LIKE '" + loan + ":%'")) {
            assertNull(consumer.receive(3000), "rolled back: no ClassificationChanged");
            tx.begin();
            book.recordDaysPastDue(loan, 30, TODAY);
            tx.commit();
            assertNotNull(consumer.receive(TIMEOUT.toMillis()), "committed: the event leaves");
        }
    }

    @Test
    void anEventWaitsInTheOutboxEncryptedUntilItsChangeCommitsAndLeavesOnce() throws Exception {
        String loan = "IT-OB-" + UUID.randomUUID().toString().substring(0, 12);
        reserveLoan(
                loan,
                "500.00",
                anyBorrower(),
                "ITOB" + UUID.randomUUID().toString().substring(0, 6));
        String key = loan + ":SPECIAL_MENTION:" + TODAY;
        javax.sql.DataSource ds = InitialContext.doLookup("jdbc/mcrc");
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(events, "businessKey = '" + key + "'")) {
            tx.begin();
            book.recordDaysPastDue(loan, 30, TODAY);
            // Seen from inside the change's transaction (the query flushes it; the raw read shares
            // the
            // connection): the row is there, its body unreadable at rest; nothing has left yet.
            assertEquals(
                    1,
                    probe.countInCallersTransaction(
                            "select count(m) from OutboundMessage m where m.businessKey = :k",
                            Map.of("k", key)));
            try (var c = ds.getConnection();
                    var read =
                            c.prepareStatement(
                                    "select message_type, destination, body from outbound_message"
                                            + " where business_key = ?")) {
                read.setString(1, key);
                try (var rows = read.executeQuery()) {
                    assertTrue(rows.next(), "the event is in the outbox inside the transaction");
                    assertEquals("ClassificationChanged", rows.getString(1));
                    assertEquals("jms/mcrc/Events", rows.getString(2));
                    String body = rows.getString(3);
                    assertFalse(
                            body.contains("fromCategory") || body.contains(loan),
                            "the body is encrypted at rest");
                    assertFalse(rows.next());
                }
            }
            assertNull(consumer.receive(1000), "not sent before the commit");
            tx.commit();
            Message event = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(event, "sent after the commit");
            assertEquals("ClassificationChanged", event.getStringProperty("messageType"));
            assertEquals(1, event.getIntProperty("schemaVersion"));
            assertTrue(event.getBody(String.class).contains("\"fromCategory\":\"NORMAL\""));
            assertNull(consumer.receive(1000), "sent once");
        }
        await(
                () ->
                        probe.count(
                                        "select count(m) from OutboundMessage m where m.businessKey"
                                                + " = :k",
                                        Map.of("k", key))
                                == 0,
                "the sent message left the outbox");
    }

    @Test
    void anOutgoingPaymentToAProhibitedIndustryRaisesAFundUsageWarningAndAWarningEvent()
            throws Exception {
        String account = applicants.settlementAccountHolder();
        long borrower = holder(account);
        String loan = "IT-FU-" + UUID.randomUUID().toString().substring(0, 12);
        reserveLoan(
                loan, "800.00", borrower, "ITFU" + UUID.randomUUID().toString().substring(0, 6));
        String incoming = "IT-FU-IN-" + UUID.randomUUID();
        send(
                settlement,
                transaction(incoming, account, "CREDIT", "70000.00").replace("\"F52\"", "\"K70\""),
                "fu-" + incoming);
        await(() -> ledgerCount(account) == 1, "incoming payment from a real-estate firm applied");
        assertEquals(0, signals(borrower, "FUND_USAGE"), "money coming in is not a diversion");

        String outgoing = "IT-FU-OUT-" + UUID.randomUUID();
        send(
                settlement,
                transaction(outgoing, account, "DEBIT", "50000.00").replace("\"F52\"", "\"K7010\""),
                "fu-" + outgoing);
        await(() -> signals(borrower, "FUND_USAGE") == 1, "fund-usage warning raised");
        Object[] signal =
                probe.firstRow(
                        "select s.id, s.loanReference, s.level, s.evidence from WarningSignal s"
                                + " where s.borrowerId = :b and s.indicator = 'FUND_USAGE'",
                        Map.of("b", borrower));
        assertEquals(loan, signal[1]);
        assertEquals("ORANGE", signal[2].toString());
        assertTrue(signal[3].toString().contains(outgoing), "the evidence names the transaction");
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                events,
                                "messageType = 'WarningRaised' AND businessKey = 'W"
                                        + signal[0]
                                        + ":ORANGE'")) {
            Message event = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(event, "WarningRaised sent with the signal's commit");
            assertTrue(event.getBody(String.class).contains("\"indicator\":\"FUND_USAGE\""));
        }
    }

    @Test
    void aSettlementFlowFarBelowTheDeclaredTurnoverRaisesCoverageWarnings() throws Exception {
        String account = applicants.settlementAccountHolder();
        long borrower = holder(account);
        // Declared turnover 500,000 a year expects about 41,096 over 30 days; 5,000 credited is 12
        // %.
        String id = "IT-COV-" + UUID.randomUUID();
        send(
                settlement,
                transaction(id, account, "CREDIT", "5000.00")
                        .replace("2026-11-20", TODAY.toString()),
                "cov-" + id);
        await(() -> ledgerCount(account) == 1, "credit applied");
        watch.checkCoverage(borrower, account, new BigDecimal("500000.00"), TODAY);
        assertEquals(1, signals(borrower, "SETTLEMENT_COVERAGE_30D"));
        assertEquals(1, signals(borrower, "SETTLEMENT_COVERAGE_90D"));
        Object level =
                probe.firstValue(
                        "select s.level from WarningSignal s where s.borrowerId = :b"
                                + " and s.indicator = 'SETTLEMENT_COVERAGE_30D'",
                        Map.of("b", borrower));
        assertEquals("ORANGE", level.toString(), "12 % is below half the 50 % threshold");
        watch.checkCoverage(borrower, account, new BigDecimal("500000.00"), TODAY);
        assertEquals(1, signals(borrower, "SETTLEMENT_COVERAGE_30D"), "seen again, not duplicated");
    }

    @Test
    void
            twoHundredMalformedMessagesAllReachTheExceptionDestinationWithReasonsAndNothingElseChanges()
                    throws Exception {
        String account = applicants.settlementAccountHolder();
        long transactions = probe.count("select count(t) from SettlementTransaction t", Map.of());
        long balances = probe.count("select count(b) from AccountBalance b", Map.of());
        long postings = probe.count("select count(p) from RepaymentPosting p", Map.of());
        long breaks = probe.count("select count(b) from ReconciliationBreak b", Map.of());
        long rejected = probe.count("select count(r) from RejectedMessage r", Map.of());

        List<Object[]> malformed = malformed(account);
        assertEquals(200, malformed.size());
        String run = "bad-" + UUID.randomUUID();
        for (int i = 0; i < malformed.size(); i++) {
            send((Queue) malformed.get(i)[0], (String) malformed.get(i)[1], run + "-" + i);
        }
        Set<String> seen = new HashSet<>();
        List<String> reasons = new ArrayList<>();
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                exceptions, "JMSCorrelationID LIKE '" + run + "-%'")) {
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (seen.size() < 200 && Instant.now().isBefore(deadline)) {
                Message m = consumer.receive(1000);
                if (m != null) {
                    assertTrue(seen.add(m.getJMSCorrelationID()), "each message forwarded once");
                    String reason = m.getStringProperty("mcrcReason");
                    assertFalse(
                            reason == null || reason.isBlank(),
                            "every forwarded message carries its reason");
                    assertTrue(
                            reason.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                            "the text for a person reads in Chinese: " + reason);
                    reasons.add(m.getStringProperty("mcrcReasonCode"));
                }
            }
        }
        assertEquals(200, seen.size(), "all 200 reached the exception destination");
        assertEquals(
                rejected + 200,
                probe.count("select count(r) from RejectedMessage r", Map.of()),
                "all 200 counted for admins and risk managers");
        assertTrue(
                reasons.containsAll(
                        List.of(
                                "INBOUND_MALFORMED_JSON",
                                "INBOUND_UNKNOWN_ACCOUNT",
                                "INBOUND_SCHEMA_VERSION",
                                "INBOUND_UNKNOWN_LOAN",
                                "INBOUND_CURRENCY_NOT_ACCEPTED")),
                "every refusal carries its code: " + new TreeSet<>(reasons));
        assertEquals(
                transactions,
                probe.count("select count(t) from SettlementTransaction t", Map.of()));
        assertEquals(balances, probe.count("select count(b) from AccountBalance b", Map.of()));
        assertEquals(postings, probe.count("select count(p) from RepaymentPosting p", Map.of()));
        assertEquals(breaks, probe.count("select count(b) from ReconciliationBreak b", Map.of()));
    }

    /**
     * 200 messages that must all be refused: 120 settlement transactions, 40 end-of-day reports, 40
     * postings.
     */
    private List<Object[]> malformed(String account) {
        List<Object[]> all = new ArrayList<>();
        List<String> tx =
                List.of(
                        "{\"schemaVersion\":1, this is not json",
                        "[1,2,3]",
                        "",
                        transaction("K", account, "CREDIT", "100.00")
                                .replace("\"amount\":\"100.00\"", "\"amount\":true"),
                        transaction("K", account, "CREDIT", "-5.00"),
                        transaction("K", account, "CREDIT", "0.00"),
                        transaction("K", account, "CREDIT", "999999999999.00"),
                        transaction("K", account, "CREDIT", "1.001"),
                        transaction("K", "6229999999999999", "CREDIT", "10.00"),
                        transaction("K", account, "CREDIT", "10.00").replace("\"CNY\"", "\"USD\""),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace("\"direction\":\"CREDIT\",", ""),
                        transaction("K", account, "SIDEWAYS", "10.00"),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace("2026-11-20", "20/11/2026"),
                        transaction("K", "12", "CREDIT", "10.00"),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace(
                                        "\"messageType\":\"SettlementTransaction\"",
                                        "\"messageType\":\"EndOfDayBalance\""),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace("\"transactionId\":\"K\",", ""),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace("\"F52\"", "\"securities\""),
                        transaction("K", account, "CREDIT", "10.00")
                                .replace(
                                        "\"accountNumber\":\"" + account + "\"",
                                        "\"accountNumber\":6222020011110001"));
        for (int i = 0; i < 120; i++) {
            all.add(
                    new Object[] {
                        settlement,
                        tx.get(i % tx.size())
                                .replace("\"K\"", "\"IT-BAD-" + UUID.randomUUID() + "\"")
                    });
        }
        List<String> eod =
                List.of(
                        endOfDay(account, "0.00", "1.001", List.of()),
                        endOfDay(account, "0.00", "10.00", List.of("A"))
                                .replace("\"transactionCount\":1", "\"transactionCount\":2"),
                        endOfDay(account, "0.00", "10.00", List.of()).replace("\"CNY\"", "\"EUR\""),
                        endOfDay("6229999999999998", "0.00", "10.00", List.of()),
                        endOfDay(account, "0.00", "10.00", List.of())
                                .replace("\"closingBalance\":\"10.00\",", ""),
                        endOfDay(account, "0.00", "10.00", List.of())
                                .replace("\"schemaVersion\":1", "\"schemaVersion\":0"),
                        endOfDay(account, "-200000000.00", "10.00", List.of()),
                        "{\"messageType\":\"EndOfDayBalance\"}");
        for (int i = 0; i < 40; i++) {
            all.add(new Object[] {endOfDay, eod.get(i % eod.size())});
        }
        String posting =
                """
                {"schemaVersion":1,"messageType":"RepaymentPosting","postingId":"P","loanReference":"IT-NO-SUCH-LOAN",
                 "principal":"10.00","interest":"1.00","currency":"CNY","valueDate":"2026-11-20"}\
                """;
        List<String> rp =
                List.of(
                        posting,
                        posting.replace("\"10.00\"", "\"-10.00\""),
                        posting.replace("\"CNY\"", "\"JPY\""),
                        posting.replace("\"principal\":\"10.00\",", ""),
                        posting.replace("\"10.00\"", "\"0\"").replace("\"1.00\"", "\"0\""),
                        posting.replace("\"schemaVersion\":1", "\"schemaVersion\":3"),
                        posting.replace("2026-11-20", "yesterday"),
                        posting.substring(0, 40));
        for (int i = 0; i < 40; i++) {
            all.add(
                    new Object[] {
                        repayments,
                        rp.get(i % rp.size())
                                .replace("\"P\"", "\"IT-BADP-" + UUID.randomUUID() + "\"")
                    });
        }
        Collections.shuffle(all);
        return all;
    }

    @Test
    void aSettlementTransactionWithAnAppliedIdAndAnotherAmountIsRefusedWithABreakAndAnAlert()
            throws Exception {
        String account = applicants.settlementAccountHolder();
        String id = "IT-CONFLICT-" + UUID.randomUUID();
        String run = "conflict-" + UUID.randomUUID();
        long alerts = conflictAlerts(id);
        send(settlement, transaction(id, account, "CREDIT", "300.00"), run + "-1");
        await(() -> ledgerCount(account) == 1, "transaction applied");
        // The exact redelivery: no second effect, no refusal, no break, no alert.
        send(settlement, transaction(id, account, "CREDIT", "300.0"), run + "-2");
        awaitConsumed(settlement, run);
        assertEquals(0, breaks(account, "CONFLICT"), "a redelivery is not a conflict");
        assertEquals(0, refusals(id), "a redelivery is not refused");

        // The same transaction id with another amount: refused with the code, break and alert.
        send(settlement, transaction(id, account, "CREDIT", "301.00"), run + "-3");
        String reason = awaitException(id);
        assertEquals("CONFLICTING_CONTENT [\"amount\"]", reason);
        await(() -> breaks(account, "CONFLICT") == 1, "a conflict break on the account");
        Object[] conflict =
                probe.firstRow(
                        "select b.transactionId, b.coreAmount, b.ledgerAmount, b.breakAmount,"
                                + " b.businessDate from ReconciliationBreak b where b.accountHash"
                                + " = :a and b.kind ="
                                + " com.microcredit.portfolio.domain.settlement.BreakKind.CONFLICT",
                        Map.of("a", probe.accountHash(account)));
        assertEquals(id, conflict[0]);
        assertEquals(0, new BigDecimal("301.00").compareTo((BigDecimal) conflict[1]));
        assertEquals(0, new BigDecimal("300.00").compareTo((BigDecimal) conflict[2]));
        assertEquals(0, new BigDecimal("1.00").compareTo((BigDecimal) conflict[3]));
        assertEquals(DAY, conflict[4]);
        assertEquals(alerts + 1, conflictAlerts(id), "risk managers alerted once");
        assertEquals(1, refusals(id), "the conflict is stored with the refusals");
        // The Inbound messages page reads the stored code in the reader's language (ADR 0030).
        PageCalls pages = new PageCalls();
        assertEquals(302, pages.signIn("admin").status());
        PageCalls.Page page = pages.get("/mcrc/pages/admin/inbound-messages.xhtml?lang=zh-CN");
        assertEquals(200, page.status(), page.body());
        assertTrue(
                page.body().contains("业务键与已入账的报文相同，但内容不同（amount）：未入账"),
                "the newest refusal reads in Chinese: " + page.body());
        assertFalse(page.body().contains("CONFLICTING_CONTENT"), "no raw code on the page");
        assertEquals(
                "CONFLICTING_CONTENT\u001Famount",
                probe.firstValue(
                        "select r.reason from RejectedMessage r where r.businessKey = :k",
                        Map.of("k", RejectedMessage.maskedKey(id))));
        Object[] applied =
                probe.firstRow(
                        "select t.amount, count(t) from SettlementTransaction t where"
                                + " t.transactionId = :k group by t.amount",
                        Map.of("k", id));
        assertEquals(0, new BigDecimal("300.00").compareTo((BigDecimal) applied[0]));
        assertEquals(1L, ((Number) applied[1]).longValue(), "the applied transaction unchanged");

        // A later end-of-day run of that day neither clears nor supersedes the conflict.
        send(endOfDay, endOfDay(account, "0.00", "300.00", List.of(id)), run + "-4");
        await(() -> reconciledDays(account) == 1, "day reconciled");
        assertEquals(1, breaks(account, "CONFLICT"), "only a person closes a conflict");
    }

    @Test
    void aRepaymentPostingWithAnAppliedIdAndAnotherAmountIsRefusedWithABreakAndAnAlert()
            throws Exception {
        String account = applicants.settlementAccountHolder();
        String loan = "IT-LOAN-" + UUID.randomUUID().toString().substring(0, 12);
        reserveLoan(loan, "1000.00", anyBorrower(), "ITCONF");
        String posting = "IT-RP-CONFLICT-" + UUID.randomUUID();
        String body =
                """
                {"schemaVersion":1,"messageType":"RepaymentPosting","postingId":"%s","loanReference":"%s",
                 "accountNumber":"%s","principal":"100.00","interest":"5.00","currency":"CNY","valueDate":"%s"}
                """
                        .formatted(posting, loan, account, TODAY);
        String run = "rpc-" + UUID.randomUUID();
        long alerts = conflictAlerts(posting);
        send(repayments, body, run + "-1");
        send(repayments, body, run + "-2");
        awaitConsumed(repayments, run);
        awaitPostingApplied(posting);
        assertEquals(0, refusals(posting), "the exact redelivery is not refused");
        assertEquals(
                0, new BigDecimal("900.00").compareTo(book.find(loan).orElseThrow().outstanding()));

        send(repayments, body.replace("\"100.00\"", "\"150.00\""), run + "-3");
        assertEquals("CONFLICTING_CONTENT [\"principal\"]", awaitException(posting));
        await(() -> breaks(account, "CONFLICT") == 1, "a conflict break on the account");
        assertEquals(alerts + 1, conflictAlerts(posting), "risk managers alerted");
        assertEquals(1, refusals(posting));
        assertEquals(
                0,
                new BigDecimal("900.00").compareTo(book.find(loan).orElseThrow().outstanding()),
                "the applied posting unchanged, nothing released again");
        assertEquals(
                0,
                new BigDecimal("100.00")
                        .compareTo(
                                (BigDecimal)
                                        probe.firstValue(
                                                "select p.principal from RepaymentPosting p where"
                                                        + " p.postingId = :k",
                                                Map.of("k", posting))));
    }

    @Test
    void theExceptionDestinationHoldsNoFullAccountNumber() throws Exception {
        String account = applicants.settlementAccountHolder();
        String id = "IT-MASK-" + UUID.randomUUID();
        String run = "mask-" + UUID.randomUUID();
        // Refused: an amount with three decimals; the body, and the reason of an unknown account.
        send(settlement, transaction(id, account, "CREDIT", "1.001"), run + "-1");
        String unknown = "6222" + String.valueOf(System.nanoTime()).substring(0, 12);
        send(settlement, transaction(id + "-U", unknown, "CREDIT", "1.00"), run + "-2");
        awaitConsumed(settlement, run);
        await(() -> refusals(id) == 1 && refusals(id + "-U") == 1, "both refused");
        int browsed = 0;
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(exceptions)) {
            var messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                Message m = (Message) messages.nextElement();
                browsed++;
                StringBuilder text = new StringBuilder(m.getBody(String.class));
                var names = m.getPropertyNames();
                while (names.hasMoreElements()) {
                    text.append(' ').append(m.getObjectProperty((String) names.nextElement()));
                }
                for (String number : List.of(account, unknown)) {
                    assertFalse(
                            text.toString().contains(number),
                            "an exception-destination copy holds the full account number: " + text);
                }
            }
        }
        assertTrue(browsed >= 2, "the refused copies are on the exception destination");
    }

    private long refusals(String businessKey) {
        return probe.count(
                "select count(r) from RejectedMessage r where r.businessKey = :k",
                Map.of("k", RejectedMessage.maskedKey(businessKey)));
    }

    private long conflictAlerts(String businessKey) {
        return probe.count(
                "select count(a) from SecurityAlert a where a.kind ="
                        + " com.microcredit.protection.domain.monitoring.AlertKind.INBOUND_CONFLICT"
                        + " and a.detail like :k",
                Map.of("k", "%\u001F" + businessKey + "\u001F%"));
    }

    private static String transaction(String id, String account, String direction, String amount) {
        return """
        {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"%s","accountNumber":"%s",\
        "direction":"%s","amount":"%s","currency":"CNY","counterpartyName":"某某贸易","counterpartyIndustryCode":"F52",\
        "valueDate":"2026-11-20"}\
        """
                .formatted(id, account, direction, amount);
    }

    private static String endOfDay(
            String account, String opening, String closing, List<String> ids) {
        StringBuilder list = new StringBuilder();
        ids.forEach(
                id ->
                        list.append(list.length() == 0 ? "" : ",")
                                .append('"')
                                .append(id)
                                .append('"'));
        return """
        {"schemaVersion":1,"messageType":"EndOfDayBalance","accountNumber":"%s","businessDate":"2026-11-20",\
        "currency":"CNY","openingBalance":"%s","closingBalance":"%s","transactionCount":%d,"transactionIds":[%s]}\
        """
                .formatted(account, opening, closing, ids.size(), list);
    }

    private void send(Queue queue, String body, String correlationId) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setJMSCorrelationID(correlationId).send(queue, body);
        }
    }

    private long holder(String account) {
        return ((Number)
                        probe.firstValue(
                                "select b.id from Borrower b where b.settlementAccountHash = :h",
                                Map.of("h", probe.lookupHash(account.trim()))))
                .longValue();
    }

    private long signals(long borrower, String indicator) {
        return probe.count(
                "select count(s) from WarningSignal s where s.borrowerId = :b and s.indicator = :i",
                Map.of("b", borrower, "i", indicator));
    }

    private long ledgerCount(String account) {
        return probe.count(
                "select count(t) from SettlementTransaction t where t.accountHash = :a",
                Map.of("a", probe.accountHash(account)));
    }

    private long reconciledDays(String account) {
        return probe.count(
                "select count(b) from AccountBalance b where b.accountHash = :a and b.reconciledAt"
                        + " is not null",
                Map.of("a", probe.accountHash(account)));
    }

    private long breaks(String account, String kind) {
        return probe.count(
                "select count(b) from ReconciliationBreak b where b.accountHash = :a and b.status ="
                        + " com.microcredit.portfolio.domain.settlement.BreakStatus.OPEN"
                        + (kind == null
                                ? ""
                                : " and b.kind ="
                                        + " com.microcredit.portfolio.domain.settlement.BreakKind."
                                        + kind),
                Map.of("a", probe.accountHash(account)));
    }

    private String awaitException(String businessKey) throws Exception {
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                exceptions, "mcrcBusinessKey = '" + businessKey + "'")) {
            Message m = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(m, businessKey + " reached the exception destination");
            // The code and its arguments, which core banking's programs read (ADR 0030).
            return m.getStringProperty("mcrcReasonCode")
                    + " "
                    + m.getStringProperty("mcrcReasonArgs");
        }
    }

    /** Waits until no message of the run is left on the queue (all delivered and committed). */
    private void awaitConsumed(Queue queue, String run) {
        await(
                () -> {
                    try (JMSContext context = connectionFactory.createContext();
                            QueueBrowser browser =
                                    context.createBrowser(
                                            queue, "JMSCorrelationID LIKE '" + run + "-%'")) {
                        return !browser.getEnumeration().hasMoreElements();
                    } catch (jakarta.jms.JMSException e) {
                        throw new IllegalStateException(e);
                    }
                },
                "messages of " + run + " consumed");
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    /** Books a relationship loan of the amount in CNY for the borrower under the product. */
    private void reserveLoan(String loan, String amount, long borrower, String product) {
        limits.reserve(
                new ReserveExposure(
                        loan,
                        new BigDecimal(amount),
                        "CNY",
                        new ExposureAttributes(
                                borrower,
                                null,
                                null,
                                "F52",
                                "990000",
                                product,
                                "RELATIONSHIP",
                                "IT-001",
                                null,
                                false)));
    }

    /** A borrower number no other test uses. */
    private static long anyBorrower() {
        return Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L) + 1;
    }

    /** Waits until the repayment posting is applied, once. */
    private void awaitPostingApplied(String posting) {
        await(
                () ->
                        probe.count(
                                        "select count(p) from RepaymentPosting p where p.postingId"
                                                + " = :k",
                                        Map.of("k", posting))
                                == 1,
                "posting applied");
    }
}
