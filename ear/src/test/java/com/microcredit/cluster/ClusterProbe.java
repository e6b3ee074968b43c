package com.microcredit.cluster;

import com.microcredit.it.AsSystem;
import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.portfolio.application.NightlyRunServiceBean;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Test-only entry into one server of the pair (never shipped): defines a limit, reserves against it
 * from many threads of this server, sends a stream of settlement transactions into this server's
 * own queue, creates a persistent timer ({@link ProbeTimer}) or fires the nightly schedule's start
 * here, tells its process id (so the test can kill it), and reads back what the shared database
 * holds.
 */
@RunAs("SYSTEM") // the probe writes limits through guarded services (ADR 0014)
@WebServlet("/probe/*")
public class ClusterProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB private LimitService limits;

    @Resource private ManagedExecutorService executor;

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/portfolio/SettlementTransaction")
    private Queue settlementQueue;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private ProbeTimer probeTimer;

    @EJB private NightlyRunServiceBean nightly;

    @EJB private AsSystem system;

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String action = request.getPathInfo();
        try {
            switch (action == null ? "" : action) {
                case "/limit" -> defineLimit(request, response);
                case "/reserve" -> reserve(request, response);
                case "/send" -> send(request, response);
                case "/timer" -> createTimer(request, response);
                case "/nightly" -> startNightly(request, response);
                default -> response.sendError(404);
            }
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String action = request.getPathInfo();
        switch (action == null ? "" : action) {
            case "/limit" -> readLimit(request, response);
            case "/settlements" -> readSettlements(request, response);
            case "/pid" ->
                    json(
                            response,
                            Json.createObjectBuilder()
                                    .add("pid", ProcessHandle.current().pid())
                                    .add("member", ProbeTimer.member())
                                    .build()
                                    .toString());
            case "/firings" -> sql(response, () -> readFirings(request, response));
            case "/timers" -> sql(response, () -> readTimerTasks(response));
            case "/nightly" -> readNightly(request, response);
            default -> response.sendError(404);
        }
    }

    private interface SqlAction {
        void run() throws SQLException, IOException;
    }

    private static void sql(HttpServletResponse response, SqlAction action) throws IOException {
        try {
            action.run();
        } catch (SQLException e) {
            response.sendError(500, e.toString());
        }
    }

    /**
     * A persistent timer with {@code marker} as its info, due {@code seconds} from now. Its firing
     * table is created here, outside a transaction (DDL commits implicitly on MySQL); test-only, so
     * it is no migration of the product.
     */
    private void createTimer(HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement ddl = c.createStatement()) {
            ddl.execute(
                    "CREATE TABLE IF NOT EXISTS "
                            + ProbeTimer.TABLE
                            + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, marker VARCHAR(64) NOT NULL,"
                            + " server_name VARCHAR(64) NOT NULL, fired_at TIMESTAMP(3) NOT NULL)");
        }
        Instant due = Instant.now().plusSeconds(Long.parseLong(request.getParameter("seconds")));
        probeTimer.schedule(request.getParameter("marker"), due);
        json(response, Json.createObjectBuilder().add("due", due.toString()).build().toString());
    }

    /** Every firing of the probe timer {@code marker}: which member ran it, and when. */
    private void readFirings(HttpServletRequest request, HttpServletResponse response)
            throws SQLException, IOException {
        JsonArrayBuilder firings = Json.createArrayBuilder();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select =
                        c.prepareStatement(
                                "SELECT server_name, fired_at FROM "
                                        + ProbeTimer.TABLE
                                        + " WHERE marker = ? ORDER BY id")) {
            select.setString(1, request.getParameter("marker"));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    firings.add(
                            Json.createObjectBuilder()
                                    .add("member", rs.getString(1))
                                    .add("at", rs.getTimestamp(2).toInstant().toString()));
                }
            }
        }
        json(response, Json.createObjectBuilder().add("firings", firings).build().toString());
    }

    /**
     * The persistent executor's stored tasks (EJB timers of every module), counted by task name.
     */
    private void readTimerTasks(HttpServletResponse response) throws SQLException, IOException {
        JsonObjectBuilder tasks = Json.createObjectBuilder();
        try (Connection c = dataSource.getConnection();
                Statement select = c.createStatement();
                ResultSet rs =
                        select.executeQuery(
                                "SELECT INAME, COUNT(*) FROM EJBTIMER_TASK GROUP BY INAME")) {
            while (rs.next()) {
                tasks.add(String.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        json(response, Json.createObjectBuilder().add("tasks", tasks).build().toString());
    }

    /**
     * The nightly schedule's start for {@code date} on this server, as its timer firing does it.
     */
    private void startNightly(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        LocalDate date = LocalDate.parse(request.getParameter("date"));
        String outcome;
        try {
            // as the timer does it: under the system identity (ADR 0014)
            outcome =
                    system.call(() -> nightly.startScheduled(date))
                            .map(run -> "started " + run.id())
                            .orElse("already started");
        } catch (Exception e) {
            // the other server inserted the date's schedule key in the same moment (NightlySchedule
            // logs this)
            outcome = "refused: " + e;
        }
        json(response, Json.createObjectBuilder().add("outcome", outcome).build().toString());
    }

    /** The scheduled runs of {@code date}: how many, and their statuses. */
    private void readNightly(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<Object[]> rows =
                em.createQuery(
                                "select r.id, r.status from NightlyRun r where r.scheduleKey = :k",
                                Object[].class)
                        .setParameter("k", request.getParameter("date"))
                        .getResultList();
        JsonArrayBuilder runs = Json.createArrayBuilder();
        rows.forEach(
                r ->
                        runs.add(
                                Json.createObjectBuilder()
                                        .add("id", ((Number) r[0]).longValue())
                                        .add("status", String.valueOf(r[1]))));
        json(response, Json.createObjectBuilder().add("runs", runs).build().toString());
    }

    private void defineLimit(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        LimitView limit =
                limits.defineLimit(
                        new DefineLimit(
                                LimitType.PRODUCT,
                                request.getParameter("product"),
                                new BigDecimal(request.getParameter("amount")),
                                "CNY",
                                "two-server test"));
        json(
                response,
                Json.createObjectBuilder()
                        .add("amount", limit.limit().toPlainString())
                        .build()
                        .toString());
    }

    /**
     * {@code count} reservations of {@code amount} each from {@code threads} managed threads of
     * this server, each in its own transaction.
     */
    private void reserve(HttpServletRequest request, HttpServletResponse response)
            throws Exception {
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
            workers.add(
                    executor.submit(
                            () -> {
                                for (int i = next.getAndIncrement();
                                        i < count;
                                        i = next.getAndIncrement()) {
                                    try {
                                        limits.reserve(
                                                new ReserveExposure(
                                                        product + "-" + server + "-" + i,
                                                        amount,
                                                        "CNY",
                                                        new ExposureAttributes(
                                                                990_000_000L + i,
                                                                null,
                                                                null,
                                                                "Z99",
                                                                "999999",
                                                                product,
                                                                "RELATIONSHIP",
                                                                "CLUSTER",
                                                                null,
                                                                false)));
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
        json(
                response,
                Json.createObjectBuilder()
                        .add("reserved", reserved.get())
                        .add("refused", refused.get())
                        .build()
                        .toString());
    }

    /**
     * Settlement transactions prefix-from … prefix-to, each 1.00 + its number in cents, into this
     * server's queue.
     */
    private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getParameter("prefix");
        String account = request.getParameter("account");
        int from = Integer.parseInt(request.getParameter("from"));
        int to = Integer.parseInt(request.getParameter("to"));
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = context.createProducer();
            for (int i = from; i <= to; i++) {
                String id = prefix + "-" + i;
                producer.setJMSCorrelationID(id)
                        .send(
                                settlementQueue,
                                """
                                {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"%s",
                                 "accountNumber":"%s","direction":"CREDIT","amount":"%s","currency":"CNY",
                                 "counterpartyName":"两服务器测试","counterpartyIndustryCode":"F52","valueDate":"2026-11-20"}
                                """
                                        .formatted(id, account, amountOf(i).toPlainString()));
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

    private void readLimit(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String product = request.getParameter("product");
        LimitView limit = limits.find(LimitType.PRODUCT, product).orElseThrow();
        Object[] live =
                em.createQuery(
                                "select count(e), sum(e.outstanding) from LoanExposure e where"
                                    + " e.profile.productCode = :p and e.status ="
                                    + " com.microcredit.portfolio.domain.exposure.ExposureStatus.LIVE",
                                Object[].class)
                        .setParameter("p", product)
                        .getSingleResult();
        BigDecimal liveSum = live[1] == null ? BigDecimal.ZERO : (BigDecimal) live[1];
        json(
                response,
                Json.createObjectBuilder()
                        .add("amount", limit.limit().toPlainString())
                        .add("utilised", limit.utilised().toPlainString())
                        .add("liveCount", ((Number) live[0]).longValue())
                        .add("liveSum", liveSum.toPlainString())
                        .build()
                        .toString());
    }

    private void readSettlements(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String prefix = request.getParameter("prefix");
        Object[] row =
                em.createQuery(
                                "select count(t), count(distinct t.transactionId), sum(t.amount)"
                                    + " from SettlementTransaction t where t.transactionId like :p",
                                Object[].class)
                        .setParameter("p", prefix + "-%")
                        .getSingleResult();
        BigDecimal sum = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
        json(
                response,
                Json.createObjectBuilder()
                        .add("rows", ((Number) row[0]).longValue())
                        .add("distinct", ((Number) row[1]).longValue())
                        .add("sum", sum.toPlainString())
                        .build()
                        .toString());
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
