package com.microcredit.cluster;

import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.ReserveExposure;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only entry into one server of the pair (never shipped): defines a limit, reserves against it
 * from many threads of this server, sends a stream of settlement transactions into this server's
 * own queue, and reads back what the shared database holds.
 */
@WebServlet("/probe/*")
public class ClusterProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private LimitService limits;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/portfolio/SettlementTransaction")
    private Queue settlementQueue;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo();
        try {
            switch (action == null ? "" : action) {
                case "/limit" -> defineLimit(request, response);
                case "/reserve" -> reserve(request, response);
                case "/send" -> send(request, response);
                default -> response.sendError(404);
            }
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo();
        switch (action == null ? "" : action) {
            case "/limit" -> readLimit(request, response);
            case "/settlements" -> readSettlements(request, response);
            default -> response.sendError(404);
        }
    }

    private void defineLimit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LimitView limit = limits.defineLimit(new DefineLimit(LimitType.PRODUCT, request.getParameter("product"),
                new BigDecimal(request.getParameter("amount")), "CNY", "two-server test"));
        json(response, Json.createObjectBuilder().add("amount", limit.limit().toPlainString()).build().toString());
    }

    /** {@code count} reservations of {@code amount} each from {@code threads} managed threads of this server, each in its own transaction. */
    private void reserve(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String product = request.getParameter("product");
        String server = request.getParameter("server");
        BigDecimal amount = new BigDecimal(request.getParameter("amount"));
        int count = Integer.parseInt(request.getParameter("count"));
        int threads = Integer.parseInt(request.getParameter("threads"));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        limits.reserve(new ReserveExposure(product + "-" + server + "-" + i, amount, "CNY",
                                new ExposureAttributes(990_000_000L + i, null, null, "Z99", "999999", product,
                                        "RELATIONSHIP", "CLUSTER", null, false)));
                        reserved.incrementAndGet();
                    } catch (LimitRefusedException e) {
                        refused.incrementAndGet();
                    } catch (EJBException e) {
                        if (!(e.getCause() instanceof LimitRefusedException)) {
                            throw e;
                        }
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        json(response, Json.createObjectBuilder().add("reserved", reserved.get()).add("refused", refused.get())
                .build().toString());
    }

    /** Settlement transactions prefix-from … prefix-to, each 1.00 + its number in cents, into this server's queue. */
    private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getParameter("prefix");
        String account = request.getParameter("account");
        int from = Integer.parseInt(request.getParameter("from"));
        int to = Integer.parseInt(request.getParameter("to"));
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = context.createProducer();
            for (int i = from; i <= to; i++) {
                String id = prefix + "-" + i;
                producer.setJMSCorrelationID(id).send(settlementQueue, """
                        {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"%s",
                         "accountNumber":"%s","direction":"CREDIT","amount":"%s","currency":"CNY",
                         "counterpartyName":"两服务器测试","counterpartyIndustryCode":"F52","valueDate":"2026-11-20"}
                        """.formatted(id, account, amountOf(i).toPlainString()));
                if (i % 200 == 0) {
                    context.commit();
                }
            }
            context.commit();
        }
        json(response, Json.createObjectBuilder().add("sent", to - from + 1).build().toString());
    }

    static BigDecimal amountOf(int i) {
        return new BigDecimal(100 + i).movePointLeft(2);
    }

    private void readLimit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String product = request.getParameter("product");
        LimitView limit = limits.find(LimitType.PRODUCT, product).orElseThrow();
        Object[] live = em.createQuery("select count(e), sum(e.outstanding) from LoanExposure e "
                + "where e.profile.productCode = :p and e.status = com.microcredit.portfolio.domain.exposure.ExposureStatus.LIVE",
                Object[].class).setParameter("p", product).getSingleResult();
        BigDecimal liveSum = live[1] == null ? BigDecimal.ZERO : (BigDecimal) live[1];
        json(response, Json.createObjectBuilder().add("amount", limit.limit().toPlainString())
                .add("utilised", limit.utilised().toPlainString()).add("liveCount", ((Number) live[0]).longValue())
                .add("liveSum", liveSum.toPlainString()).build().toString());
    }

    private void readSettlements(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getParameter("prefix");
        Object[] row = em.createQuery("select count(t), count(distinct t.transactionId), sum(t.amount) "
                + "from SettlementTransaction t where t.transactionId like :p", Object[].class)
                .setParameter("p", prefix + "-%").getSingleResult();
        BigDecimal sum = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
        json(response, Json.createObjectBuilder().add("rows", ((Number) row[0]).longValue())
                .add("distinct", ((Number) row[1]).longValue()).add("sum", sum.toPlainString()).build().toString());
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
