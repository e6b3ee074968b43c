package com.microcredit.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microcredit.it.Applicants;
import com.microcredit.it.CreditCodes;
import com.microcredit.it.Deployments;
import com.microcredit.it.ItProbe;
import com.microcredit.it.OriginationFixture;
import com.microcredit.it.RunsAsSystem;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Persistent inbound settlement transactions applied and reconciled per second, beside the raw
 * persistent send-and-receive rate of the same messaging engine measured in the same run. Both
 * sides send the same number of persistent messages from the same producer pattern (transacted, 500
 * per commit); the raw side receives them with 4 transacted consumers committing every {@code
 * RAW_BATCH} messages (the settlement consumer's threads and batch) and does nothing else; the
 * inbound side is the real path (parse, validate, known account, idempotent JDBC-batch ledger
 * insert, XA commit with the database) followed by one end-of-day report per account, reconciled to
 * zero breaks. Not part of the test suite: {@code bin/benchmark messaging} (docs/benchmarks.md).
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class MessagingBenchmarkIT {

    /** Runs inside the server: settings come from the environment the server inherits. */
    private static final int MESSAGES =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_BENCHMARK_MESSAGES", "20000"));

    private static final int ACCOUNTS =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_BENCHMARK_ACCOUNTS", "200"));
    private static final int SEND_BATCH = 500;
    private static final int RAW_CONSUMERS = 4;

    /**
     * The settlement consumers' batch (mcrc.settlement.batch, 500 unless the environment sets it).
     */
    private static final int RAW_BATCH =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_SETTLEMENT_BATCH", "500"));

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                MessagingBenchmarkIT.class,
                ItProbe.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class);
    }

    @EJB private ItProbe probe;
    @EJB private Applicants applicants;

    @Test
    void inboundMessagesReconciledPerSecondBesideTheRawEngineRate() throws Exception {
        ConnectionFactory factory = InitialContext.doLookup("jms/mcrc/ConnectionFactory");
        Queue settlement = InitialContext.doLookup("jms/portfolio/SettlementTransaction");
        Queue endOfDay = InitialContext.doLookup("jms/portfolio/EndOfDayBalance");
        Queue loopback = InitialContext.doLookup("jms/mcrc/Loopback");
        ManagedExecutorService executor =
                InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(applicants.settlementAccountHolder());
        }
        String run = Long.toString(System.currentTimeMillis(), 36);

        // Warm-up of both paths (class loading, JIT, connection pools), not measured.
        raw(factory, loopback, executor, 2_000, run + "w");
        inbound(factory, settlement, endOfDay, accounts, 2_000, run + "w", DAY.minusDays(1), false);

        double rawSeconds = raw(factory, loopback, executor, MESSAGES, run);
        double[] inbound =
                inbound(factory, settlement, endOfDay, accounts, MESSAGES, run, DAY, true);
        double rawRate = MESSAGES / rawSeconds;
        double appliedRate = MESSAGES / inbound[0];
        double reconciledRate = MESSAGES / inbound[1];

        String report =
                "| measurement | messages | seconds | messages/s |\n|---|---:|---:|---:|\n"
                        + String.format(
                                "| raw persistent send + receive (engine only) | %,d | %.1f | %,.0f"
                                        + " |%n",
                                MESSAGES, rawSeconds, rawRate)
                        + String.format(
                                "| inbound: sent, applied to the ledger (batched consumers, XA with"
                                        + " the database) | %,d | %.1f | %,.0f |%n",
                                MESSAGES, inbound[0], appliedRate)
                        + String.format(
                                "| inbound: sent, applied and reconciled (%d end-of-day reports,"
                                        + " zero breaks) | %,d | %.1f | %,.0f |%n",
                                ACCOUNTS, MESSAGES, inbound[1], reconciledRate)
                        + String.format(
                                "%nReconciled inbound messages per second reach %.0f %% of the raw"
                                        + " rate (target: at least 2,000/s and 50 %%).%n",
                                100 * reconciledRate / rawRate);
        System.out.println(report);
        Path out = Path.of("benchmarks", "messaging.md").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static double raw(
            ConnectionFactory factory,
            Queue queue,
            ManagedExecutorService executor,
            int messages,
            String run)
            throws Exception {
        String body = transaction("RAW-" + run + "-0", "6222020011110001", "CREDIT", "1.00", DAY);
        AtomicLong received = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> consumers = new ArrayList<>();
        for (int c = 0; c < RAW_CONSUMERS; c++) {
            consumers.add(
                    executor.submit(
                            () -> {
                                try (JMSContext context =
                                                factory.createContext(
                                                        JMSContext.SESSION_TRANSACTED);
                                        JMSConsumer consumer = context.createConsumer(queue)) {
                                    int uncommitted = 0;
                                    while (received.get() < messages) {
                                        if (consumer.receive(200) != null) {
                                            received.incrementAndGet();
                                            uncommitted++;
                                        }
                                        if (uncommitted == RAW_BATCH
                                                || (uncommitted > 0
                                                        && received.get() >= messages)) {
                                            context.commit();
                                            uncommitted = 0;
                                        }
                                    }
                                    if (uncommitted > 0) {
                                        context.commit();
                                    }
                                }
                                return null;
                            }));
        }
        send(factory, queue, messages, i -> body);
        for (Future<?> f : consumers) {
            f.get();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * @return seconds until every message was applied, and until every account's day was
     *     reconciled.
     */
    private double[] inbound(
            ConnectionFactory factory,
            Queue queue,
            Queue endOfDay,
            List<String> accounts,
            int messages,
            String run,
            LocalDate day,
            boolean verify)
            throws Exception {
        long t0 = System.nanoTime();
        String prefix = "BM-" + run + "-";
        BigDecimal[] net = new BigDecimal[accounts.size()];
        List<List<String>> ids = new ArrayList<>();
        for (int a = 0; a < accounts.size(); a++) {
            net[a] = BigDecimal.ZERO.setScale(2);
            ids.add(new ArrayList<>());
        }
        List<String> bodies = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            int a = i % accounts.size();
            boolean credit = i % 3 != 0;
            BigDecimal amount = BigDecimal.valueOf(100 + (i * 7919L) % 900_000, 2);
            String id = prefix + i;
            bodies.add(
                    transaction(
                            id,
                            accounts.get(a),
                            credit ? "CREDIT" : "DEBIT",
                            amount.toPlainString(),
                            day));
            net[a] = credit ? net[a].add(amount) : net[a].subtract(amount);
            ids.get(a).add(id);
        }
        send(factory, queue, messages, bodies::get);
        awaitCount(
                "select count(t) from SettlementTransaction t where t.transactionId like :p",
                Map.of("p", prefix + "%"),
                messages);
        double applied = (System.nanoTime() - t0) / 1e9;
        if (!verify) {
            return new double[] {applied, applied};
        }
        // The ledger keys accounts by their lookup hash (ADR 0016).
        List<String> hashes = accounts.stream().map(probe::accountHash).toList();
        send(
                factory,
                endOfDay,
                accounts.size(),
                a -> endOfDay(accounts.get(a), day, net[a], ids.get(a)));
        awaitCount(
                "select count(b) from AccountBalance b where b.businessDate = :d and b.reconciledAt"
                        + " is not null and b.accountHash in :a",
                Map.of("d", day, "a", hashes),
                accounts.size());
        double reconciled = (System.nanoTime() - t0) / 1e9;
        assertEquals(
                0,
                probe.count(
                        "select count(b) from ReconciliationBreak b where b.businessDate = :d"
                                + " and b.accountHash in :a",
                        Map.of("d", day, "a", hashes)),
                "the ledger matches core banking");
        return new double[] {applied, reconciled};
    }

    private void awaitCount(String jpql, Map<String, Object> parameters, long expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + 900_000_000_000L;
        while (probe.count(jpql, parameters) < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not all messages applied within 15 minutes");
            }
            Thread.sleep(100);
        }
    }

    private static void send(
            ConnectionFactory factory,
            Queue queue,
            int messages,
            java.util.function.IntFunction<String> body) {
        try (JMSContext context = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = context.createProducer();
            for (int i = 0; i < messages; i++) {
                producer.send(queue, body.apply(i));
                if ((i + 1) % SEND_BATCH == 0) {
                    context.commit();
                }
            }
            context.commit();
        }
    }

    private static String transaction(
            String id, String account, String direction, String amount, LocalDate day) {
        return "{\"schemaVersion\":1,\"messageType\":\"SettlementTransaction\",\"transactionId\":\""
                + id
                + "\",\"accountNumber\":\""
                + account
                + "\",\"direction\":\""
                + direction
                + "\",\"amount\":\""
                + amount
                + "\",\"currency\":\"CNY\",\"counterpartyName\":\"杭州某商贸有限公司\",\"counterpartyIndustryCode\":\"F52\","
                + "\"valueDate\":\""
                + day
                + "\"}";
    }

    private static String endOfDay(
            String account, LocalDate day, BigDecimal net, List<String> ids) {
        StringBuilder list = new StringBuilder();
        ids.forEach(
                id ->
                        list.append(list.length() == 0 ? "" : ",")
                                .append('"')
                                .append(id)
                                .append('"'));
        return "{\"schemaVersion\":1,\"messageType\":\"EndOfDayBalance\",\"accountNumber\":\""
                + account
                + "\",\"businessDate\":\""
                + day
                + "\",\"currency\":\"CNY\",\"openingBalance\":\"0.00\",\"closingBalance\":\""
                + net.toPlainString()
                + "\",\"transactionCount\":"
                + ids.size()
                + ",\"transactionIds\":["
                + list
                + "]}";
    }
}
