package com.microcredit.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Test-module servlet for browser tests (never shipped): gives a fresh settlement account an
 * end-of-day report that our ledger cannot explain – a closing balance of 250.00 and one
 * transaction that never arrived – waits until its two breaks (difference, missing) are recorded
 * and answers the account number.
 */
@RunAs("SYSTEM") // fixtures write through guarded services, as the demo loader does (ADR 0014)
@WebServlet("/fixture/reconciliation-break")
public class ReconciliationFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB private Applicants applicants;
    @EJB private ItProbe probe;

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/portfolio/EndOfDayBalance")
    private Queue endOfDay;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String account = applicants.settlementAccountHolder();
        String report =
                ("{\"schemaVersion\":1,\"messageType\":\"EndOfDayBalance\",\"accountNumber\":\"%s\","
                     + "\"businessDate\":\"2026-11-20\",\"currency\":\"CNY\",\"openingBalance\":\"0.00\","
                     + "\"closingBalance\":\"250.00\",\"transactionCount\":1,\"transactionIds\":[\"FX-%s\"]}")
                        .formatted(account, UUID.randomUUID());
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(endOfDay, report);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (probe.count(
                        "select count(b) from ReconciliationBreak b where b.accountHash = :a",
                        Map.of("a", probe.accountHash(account)))
                < 2) {
            if (Instant.now().isAfter(deadline)) {
                response.sendError(504, "breaks not recorded within 60 s");
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        response.setContentType("text/plain");
        response.getWriter().write(account);
    }
}
