package com.microcredit.simulator;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Queue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The core-banking simulator: a Jakarta EE application client (Liberty client container) that
 * streams realistic settlement transactions to the mcrc server's messaging engine, then one
 * end-of-day balance per account, exactly as core banking would (docs/messages.md). Messages are
 * persistent and sent in transactions of SIM_BATCH; when the server goes away mid-stream (the
 * kill -9 test) the simulator reconnects and sends the unconfirmed batch again – duplicates are
 * harmless because the server applies each transaction id once. At the end it writes what it
 * sent (per account: count, credits, debits, closing balance) to SIM_SUMMARY so a test can compare
 * the server's ledger with it.
 *
 * Settings (environment): SIM_ACCOUNTS (comma-separated settlement accounts of registered
 * borrowers), SIM_MESSAGES (10000), SIM_BATCH (200), SIM_RUN (run id, the transaction-id prefix),
 * SIM_DATE (business date, today), SIM_SEED (42), SIM_PROHIBITED_EVERY (0 = never: every n-th
 * debit goes to a real-estate counterparty, K70), SIM_SUMMARY (simulator-summary.csv), SIM_EOD
 * (true: send end-of-day balances). The messaging engine admits core banking only with credentials
 * (docs/adr/0026): JMS_USER (corebanking) and JMS_PASSWORD (required); a refused sign-in or a
 * refused queue ends the simulator at once with status 3 instead of retrying.
 */
public class CoreBankingSimulator {

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private static ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/portfolio/SettlementTransaction")
    private static Queue settlement;

    @Resource(lookup = "jms/portfolio/EndOfDayBalance")
    private static Queue endOfDay;

    private static final String[] COUNTERPARTIES = {"杭州某商贸有限公司", "宁波港物流有限公司", "义乌小商品批发部",
            "温州鞋业有限公司", "绍兴纺织印染厂", "国网浙江省电力公司", "浙江省税务局"};
    private static final String[] INDUSTRIES = {"F52", "G54", "F51", "C19", "C17", "D44", "S92"};

    private static final String USER = env("JMS_USER", "corebanking");
    private static final String PASSWORD = env("JMS_PASSWORD", "");

    public static void main(String[] args) throws Exception {
        if (PASSWORD.isEmpty()) {
            throw new IllegalArgumentException(
                    "JMS_PASSWORD must hold the password of JMS_USER (" + USER + "): the messaging engine refuses"
                            + " connections without credentials");
        }
        List<String> accounts = Arrays.stream(env("SIM_ACCOUNTS", "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("SIM_ACCOUNTS must name at least one registered settlement account");
        }
        int messages = Integer.parseInt(env("SIM_MESSAGES", "10000"));
        int batch = Integer.parseInt(env("SIM_BATCH", "200"));
        String run = env("SIM_RUN", "SIM" + Long.toString(System.currentTimeMillis(), 36));
        LocalDate day = LocalDate.parse(env("SIM_DATE", LocalDate.now().toString()));
        int prohibitedEvery = Integer.parseInt(env("SIM_PROHIBITED_EVERY", "0"));
        Random random = new Random(Long.parseLong(env("SIM_SEED", "42")));

        int n = accounts.size();
        long[] count = new long[n];
        BigDecimal[] credits = new BigDecimal[n];
        BigDecimal[] debits = new BigDecimal[n];
        List<List<String>> ids = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            credits[a] = BigDecimal.ZERO.setScale(2);
            debits[a] = BigDecimal.ZERO.setScale(2);
            ids.add(new ArrayList<>());
        }
        List<String> pending = new ArrayList<>(batch);
        long sent = 0;
        long started = System.nanoTime();
        int debitsSeen = 0;
        for (int i = 0; i < messages; i++) {
            int a = random.nextInt(n);
            boolean credit = random.nextInt(10) < 6;
            // Micro-enterprise flows: mostly small amounts, a few large ones.
            long cents = random.nextInt(10) == 0 ? 1_000_000 + random.nextInt(20_000_000) : 1_000 + random.nextInt(500_000);
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            int c = random.nextInt(COUNTERPARTIES.length);
            String industry = INDUSTRIES[c];
            if (!credit && prohibitedEvery > 0 && ++debitsSeen % prohibitedEvery == 0) {
                industry = "K70";
            }
            String id = run + "-" + i;
            pending.add(transaction(id, accounts.get(a), credit ? "CREDIT" : "DEBIT", amount, COUNTERPARTIES[c], industry,
                    day));
            count[a]++;
            if (credit) {
                credits[a] = credits[a].add(amount);
            } else {
                debits[a] = debits[a].add(amount);
            }
            ids.get(a).add(id);
            if (pending.size() == batch || i == messages - 1) {
                sendReliably(settlement, pending);
                sent += pending.size();
                pending.clear();
                if (sent % 10_000 < batch) {
                    System.out.printf("sent %,d of %,d (%.0f/s)%n", sent, messages,
                            sent / ((System.nanoTime() - started) / 1e9));
                }
            }
        }
        if (Boolean.parseBoolean(env("SIM_EOD", "true"))) {
            List<String> reports = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                reports.add(endOfDay(accounts.get(a), day, credits[a].subtract(debits[a]), ids.get(a)));
            }
            sendReliably(endOfDay, reports);
        }
        StringBuilder summary = new StringBuilder("account,count,credits,debits,closing\n");
        for (int a = 0; a < n; a++) {
            summary.append(accounts.get(a)).append(',').append(count[a]).append(',').append(credits[a].toPlainString())
                    .append(',').append(debits[a].toPlainString()).append(',')
                    .append(credits[a].subtract(debits[a]).toPlainString()).append('\n');
        }
        Path out = Path.of(env("SIM_SUMMARY", "simulator-summary.csv")).toAbsolutePath();
        write(out, summary.toString());
        System.out.printf("run %s: %,d settlement transactions on %d accounts for %s sent in %.1f s; summary %s%n", run,
                messages, n, day, (System.nanoTime() - started) / 1e9, out);
    }

    /** Sends the messages in one transaction; on a broken connection waits, reconnects and sends them again. */
    private static void sendReliably(Queue queue, List<String> bodies) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try (JMSContext context = connectionFactory.createContext(USER, PASSWORD, JMSContext.SESSION_TRANSACTED)) {
                JMSProducer producer = context.createProducer();
                for (String body : bodies) {
                    producer.send(queue, body);
                }
                context.commit();
                return;
            } catch (JMSSecurityRuntimeException e) {
                // The client container would only log an exception from main to its FFDC folder and
                // exit 0: say it on the console and end with a failure status.
                System.err.printf("the messaging engine refused %s: %s%n", USER, e.getMessage());
                System.exit(3);
            } catch (JMSRuntimeException e) {
                System.out.printf("send failed (attempt %d: %s); retrying in 2 s%n", attempt, e.getMessage());
                Thread.sleep(2_000);
            }
        }
    }

    private static String transaction(String id, String account, String direction, BigDecimal amount,
                                      String counterparty, String industry, LocalDate day) {
        return "{\"schemaVersion\":1,\"messageType\":\"SettlementTransaction\",\"transactionId\":\"" + id
                + "\",\"accountNumber\":\"" + account + "\",\"direction\":\"" + direction + "\",\"amount\":\""
                + amount.toPlainString() + "\",\"currency\":\"CNY\",\"counterpartyName\":\"" + counterparty
                + "\",\"counterpartyIndustryCode\":\"" + industry + "\",\"valueDate\":\"" + day + "\"}";
    }

    private static String endOfDay(String account, LocalDate day, BigDecimal net, List<String> ids) {
        StringBuilder list = new StringBuilder();
        ids.forEach(id -> list.append(list.length() == 0 ? "" : ",").append('"').append(id).append('"'));
        return "{\"schemaVersion\":1,\"messageType\":\"EndOfDayBalance\",\"accountNumber\":\"" + account
                + "\",\"businessDate\":\"" + day + "\",\"currency\":\"CNY\",\"openingBalance\":\"0.00\",\"closingBalance\":\""
                + net.toPlainString() + "\",\"transactionCount\":" + ids.size() + ",\"transactionIds\":[" + list + "]}";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
