package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.application.PortfolioSettings;
import com.microcredit.portfolio.application.WarningSettings;
import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.portfolio.domain.exposure.Reassessment;
import com.microcredit.portfolio.domain.indicator.Indicator;
import com.microcredit.portfolio.domain.indicator.IndicatorReading;
import com.microcredit.portfolio.domain.indicator.IndicatorRules;
import com.microcredit.portfolio.domain.indicator.LoanFigures;
import com.microcredit.portfolio.infrastructure.batch.NightlyPhaseTimes.Phase;
import com.microcredit.shared.domain.Money;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One chunk of the nightly run, inside the chunk's transaction: a handful of set-based reads for
 * the chunk's id range (loans, oldest unpaid instalment, instalments due soon, hub, group,
 * alternative data under a monitoring consent, settlement flows), the domain rules per loan in
 * memory, then batched writes (changed loans only, new reminders, the partition's counters).
 * Signals go through {@link EarlyWarningService#raise} so they are never duplicated.
 */
@Dependent
public class NightlyChunk {

    static final String SOURCE = "nightly-run";

    /** Accounts per IN list of the ledger query. */
    private static final int IN_LIST = 500;

    private static final String LIVE_RANGE = " e.id BETWEEN ? AND ? AND e.status = 'LIVE'";

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @EJB private EarlyWarningService warnings;

    @EJB private LoanBookService loanBook;

    @Inject private PortfolioSettings portfolioSettings;

    @Inject private WarningSettings settings;

    @Inject private NightlyPhaseTimes times;

    /** What one chunk did, added to its partition's counters. */
    record Counts(
            long loans,
            long overdue,
            long reclassified,
            long newDefaults,
            long signals,
            long reminders) {}

    /** A live loan as the chunk reads it. */
    record Loan(
            long id,
            String reference,
            long borrowerId,
            BigDecimal principal,
            Money outstanding,
            int daysPastDue,
            LoanCategory category,
            LoanCategory floor,
            LocalDate arrearsClearedOn,
            Instant defaultedAt,
            BigDecimal specificProvision,
            BigDecimal generalProvision,
            boolean blind,
            long version) {

        Reassessment.Before before() {
            return new Reassessment.Before(
                    daysPastDue, category, floor, arrearsClearedOn, defaultedAt, outstanding);
        }
    }

    record Due(int number, LocalDate dueDate, BigDecimal amount) {}

    public Counts process(
            long runId, int partitionNo, long firstId, long lastId, LocalDate asOf, List<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return new Counts(0, 0, 0, 0, 0, 0);
        }
        long lo = ids.get(0);
        long hi = ids.get(ids.size() - 1);
        Set<Long> wanted = new HashSet<>(ids);
        Instant now = Instant.now();
        ClassificationPolicy policy = portfolioSettings.classificationPolicy();
        ProvisionRates rates = portfolioSettings.provisionRates();
        IndicatorRules rules = settings.indicatorRules();
        Clock clock = new Clock(runId);
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Loan> loans = loans(c, lo, hi, wanted);
            clock.lap(Phase.READ_LOANS);
            Map<Long, LocalDate> oldestUnpaid = new HashMap<>();
            Map<Long, List<Due>> dueSoon = new HashMap<>();
            unpaidInstalments(c, lo, hi, asOf, asOf.plusDays(30), oldestUnpaid, dueSoon);
            clock.lap(Phase.READ_INSTALMENTS);
            Map<Long, Integer> hub = hubHealth(c, lo, hi);
            Map<Long, Integer> group = groupDefaults(c, lo, hi);
            clock.lap(Phase.READ_HUB_GROUP);
            Map<Long, Map<String, BigDecimal>> data = alternativeData(c, lo, hi, asOf);
            clock.lap(Phase.READ_ALTERNATIVE_DATA);
            Map<Long, BigDecimal[]> flows = settlementFlows(c, lo, hi, asOf);
            clock.lap(Phase.READ_SETTLEMENT);

            List<Object[]> updates = new ArrayList<>();
            List<Loan> blindDefaults = new ArrayList<>();
            List<RaiseWarning> raises = new ArrayList<>();
            List<Object[]> reminders = new ArrayList<>();
            long overdue = 0;
            long reclassified = 0;
            long defaults = 0;
            Set<String> raisedKeys = new HashSet<>();
            for (Loan loan : loans.values()) {
                int dpd = Reassessment.daysPastDue(asOf, oldestUnpaid.get(loan.id()));
                Reassessment r = Reassessment.of(loan.before(), dpd, asOf, policy, rates, now);
                if (dpd > 0) {
                    overdue++;
                }
                if (r.category() != loan.category()) {
                    reclassified++;
                }
                if (r.newDefault()) {
                    defaults++;
                }
                if (r.newDefault() && loan.blind()) {
                    blindDefaults.add(loan);
                } else if (r.changes(
                        loan.before(), loan.specificProvision(), loan.generalProvision())) {
                    updates.add(new Object[] {loan, r});
                }
                List<Due> soon = dueSoon.getOrDefault(loan.id(), List.of());
                LoanFigures figures =
                        figures(
                                loan,
                                dpd,
                                oldestUnpaid.get(loan.id()),
                                soon,
                                hub.get(loan.id()),
                                group.get(loan.id()),
                                data.get(loan.id()),
                                flows.get(loan.id()));
                for (IndicatorReading reading : rules.evaluate(figures)) {
                    String loanRef = loanLevel(reading.indicator()) ? loan.reference() : null;
                    if (raisedKeys.add(
                            loan.borrowerId() + "|" + loanRef + "|" + reading.indicator())) {
                        raises.add(
                                new RaiseWarning(
                                        loan.borrowerId(),
                                        loanRef,
                                        reading.indicator().name(),
                                        WarningLevel.valueOf(reading.level().name()),
                                        reading.evidence(),
                                        SOURCE));
                    }
                }
                LocalDate remindFrom = asOf;
                LocalDate remindUntil = asOf.plusDays(settings.reminderDaysBefore());
                for (Due d : soon) {
                    if (!d.dueDate().isBefore(remindFrom) && !d.dueDate().isAfter(remindUntil)) {
                        reminders.add(new Object[] {loan, d});
                    }
                }
            }
            clock.lap(Phase.RULES);
            updateLoans(c, updates);
            for (Loan loan : blindDefaults) {
                // the first default of a blind loan feeds the programme's stop rule
                // (LoanBookService)
                loanBook.recordDaysPastDue(
                        loan.reference(),
                        Reassessment.daysPastDue(asOf, oldestUnpaid.get(loan.id())),
                        asOf);
            }
            clock.lap(Phase.WRITE_LOANS);
            long newSignals = warnings.raiseAll(raises);
            clock.lap(Phase.SIGNALS);
            long newReminders = insertReminders(c, lo, hi, asOf, runId, reminders);
            clock.lap(Phase.REMINDERS);
            Counts counts =
                    new Counts(
                            loans.size(),
                            overdue,
                            reclassified,
                            defaults,
                            newSignals,
                            newReminders);
            count(c, runId, partitionNo, firstId, lastId, counts);
            clock.lap(Phase.COUNTERS);
            return counts;
        }
    }

    /** Times the phases of one chunk into the run's {@link NightlyPhaseTimes}. */
    private final class Clock {
        private final long runId;
        private long last = System.nanoTime();

        Clock(long runId) {
            this.runId = runId;
        }

        void lap(Phase phase) {
            long now = System.nanoTime();
            times.add(runId, phase, now - last);
            last = now;
        }
    }

    /** Repayment, flows and fund usage belong to the loan; the others describe the borrower. */
    private static boolean loanLevel(Indicator i) {
        return i == Indicator.DAYS_PAST_DUE
                || i == Indicator.SETTLEMENT_COVERAGE
                || i == Indicator.FUND_USAGE;
    }

    private LoanFigures figures(
            Loan loan,
            int dpd,
            LocalDate oldestUnpaid,
            List<Due> soon,
            Integer hubHealth,
            Integer groupDefaults,
            Map<String, BigDecimal> data,
            BigDecimal[] flows) {
        LoanFigures f = new LoanFigures();
        f.with(
                Indicator.DAYS_PAST_DUE,
                dpd,
                oldestUnpaid == null
                        ? null
                        : "oldest unpaid instalment due "
                                + oldestUnpaid
                                + ", outstanding "
                                + loan.outstanding());
        f.with(
                Indicator.HUB_DISTRESS,
                hubHealth == null ? 0 : hubHealth,
                hubHealth == null ? null : hubHealth == 2 ? "hub DISTRESSED" : "hub on WATCH");
        f.with(
                Indicator.GROUP_DEFAULT,
                groupDefaults == null ? 0 : groupDefaults,
                groupDefaults == null ? null : groupDefaults + " other member(s) non-performing");
        if (data != null) {
            f.with(
                    Indicator.INCOME_TREND,
                    IndicatorRules.declinePercent(data.get("TAX_RECENT"), data.get("TAX_BEFORE")),
                    "tax paid "
                            + plain(data.get("TAX_RECENT"))
                            + " vs "
                            + plain(data.get("TAX_BEFORE")));
            f.with(
                    Indicator.UTILITY_TREND,
                    IndicatorRules.declinePercent(data.get("KWH_RECENT"), data.get("KWH_BEFORE")),
                    "kWh "
                            + plain(data.get("KWH_RECENT"))
                            + " vs "
                            + plain(data.get("KWH_BEFORE")));
            BigDecimal records = data.getOrDefault("RECORDS", BigDecimal.ZERO);
            f.with(
                    Indicator.NEW_CREDIT_RECORDS,
                    records,
                    "court judgments and bureau past-due records in 90 days");
        }
        if (flows != null) {
            BigDecimal due =
                    soon.stream().map(Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            f.with(
                    Indicator.SETTLEMENT_COVERAGE,
                    IndicatorRules.coverage(flows[0], due),
                    "credits " + plain(flows[0]) + " against " + plain(due) + " due in 30 days");
            f.with(
                    Indicator.FUND_USAGE,
                    IndicatorRules.percentOf(flows[1], loan.principal()),
                    "paid "
                            + plain(flows[1])
                            + " to prohibited industries "
                            + settings.prohibitedIndustries()
                            + " of principal "
                            + plain(loan.principal()));
        }
        return f;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    private static Map<Long, Loan> loans(Connection c, long lo, long hi, Set<Long> wanted)
            throws SQLException {
        Map<Long, Loan> loans = new LinkedHashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, e.reference, e.borrower_id, e.principal, e.outstanding,"
                            + " e.currency, e.days_past_due, e.category, e.qualitative_floor,"
                            + " e.arrears_cleared_on, e.defaulted_at, e.specific_provision,"
                            + " e.general_provision, e.blind_lending, e.version FROM loan_exposure"
                            + " e WHERE"
                                + LIVE_RANGE
                                + " ORDER BY e.id")) {
            range(ps, lo, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!wanted.contains(id)) {
                        continue;
                    }
                    String floor = rs.getString(9);
                    Date cleared = rs.getDate(10);
                    Timestamp defaultedAt = rs.getTimestamp(11);
                    LocalDateTime defaulted =
                            defaultedAt == null ? null : defaultedAt.toLocalDateTime();
                    loans.put(
                            id,
                            new Loan(
                                    id,
                                    rs.getString(2),
                                    rs.getLong(3),
                                    rs.getBigDecimal(4),
                                    Money.of(
                                            rs.getBigDecimal(5),
                                            currency(rs.getString(2), rs.getString(6))),
                                    rs.getInt(7),
                                    LoanCategory.valueOf(rs.getString(8)),
                                    floor == null ? null : LoanCategory.valueOf(floor),
                                    cleared == null ? null : cleared.toLocalDate(),
                                    defaulted == null ? null : defaulted.toInstant(ZoneOffset.UTC),
                                    rs.getBigDecimal(12),
                                    rs.getBigDecimal(13),
                                    rs.getBoolean(14),
                                    rs.getLong(15)));
                }
            }
        }
        return loans;
    }

    private static Currency currency(String reference, String code) {
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Loan "
                            + reference
                            + " has an unknown currency '"
                            + code.strip()
                            + "'; correct the loan and restart the run",
                    e);
        }
    }

    /**
     * One read of the chunk's unpaid instalments due before {@code until}: the oldest one due
     * before {@code asOf} (days past due) and those due from {@code asOf} until {@code until}
     * (reminders, coverage). One join over the schedules instead of two: the schedule rows are the
     * biggest table the run touches (twelve per loan).
     */
    private static void unpaidInstalments(
            Connection c,
            long lo,
            long hi,
            LocalDate asOf,
            LocalDate until,
            Map<Long, LocalDate> oldestUnpaid,
            Map<Long, List<Due>> dueSoon)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, i.number, i.due_date, i.total FROM loan_exposure e"
                                + " JOIN loan_application a ON a.exposure_reference = e.reference"
                                + " JOIN repayment_instalment i ON i.application_id = a.id"
                                + " WHERE"
                                + LIVE_RANGE
                                + " AND i.due_date < ? AND i.balance_after < e.outstanding")) {
            range(ps, lo, hi);
            ps.setDate(3, Date.valueOf(until));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    LocalDate due = rs.getDate(3).toLocalDate();
                    if (due.isBefore(asOf)) {
                        oldestUnpaid.merge(id, due, (x, y) -> x.isBefore(y) ? x : y);
                    } else {
                        dueSoon.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new Due(rs.getInt(2), due, rs.getBigDecimal(4)));
                    }
                }
            }
        }
    }

    /** 1 for a hub on watch, 2 for a distressed hub; loans of normal hubs are absent. */
    private static Map<Long, Integer> hubHealth(Connection c, long lo, long hi)
            throws SQLException {
        Map<Long, Integer> result = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, h.status FROM loan_exposure e"
                                + " JOIN hub_enterprise h ON h.id = e.hub_id WHERE"
                                + LIVE_RANGE
                                + " AND h.status <> 'NORMAL'")) {
            range(ps, lo, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), "DISTRESSED".equals(rs.getString(2)) ? 2 : 1);
                }
            }
        }
        return result;
    }

    /** Other members of the borrower's groups with a live non-performing loan. */
    private static Map<Long, Integer> groupDefaults(Connection c, long lo, long hi)
            throws SQLException {
        Map<Long, Integer> result = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, COUNT(DISTINCT om.borrower_id) FROM loan_exposure e JOIN"
                            + " group_member gm ON gm.borrower_id = e.borrower_id JOIN group_member"
                            + " om ON om.group_id = gm.group_id AND om.borrower_id <>"
                            + " gm.borrower_id JOIN loan_exposure oe ON oe.borrower_id ="
                            + " om.borrower_id AND oe.status = 'LIVE'   AND oe.category IN"
                            + " ('SUBSTANDARD', 'DOUBTFUL', 'LOSS') WHERE"
                                + LIVE_RANGE
                                + " GROUP BY e.id")) {
            range(ps, lo, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return result;
    }

    /**
     * Tax paid and electricity use of the last three full months against the three before, and new
     * court or bureau records of the last three months, read only where the borrower's consent for
     * post-loan monitoring covers the source (no consent: no figure, nothing fires).
     */
    private static Map<Long, Map<String, BigDecimal>> alternativeData(
            Connection c, long lo, long hi, LocalDate asOf) throws SQLException {
        LocalDate thisMonth = asOf.withDayOfMonth(1);
        LocalDate recentFrom = thisMonth.minusMonths(3);
        LocalDate beforeFrom = thisMonth.minusMonths(6);
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, d.source, d.metric, d.period, d.amount FROM loan_exposure e"
                                + " JOIN alternative_data d ON d.borrower_id = e.borrower_id WHERE"
                                + LIVE_RANGE
                                + " AND d.period >= ? AND d.period < ? AND ((d.source = 'TAX' AND"
                                + " d.metric = 'PAID') OR (d.source = 'ELECTRICITY' AND d.metric ="
                                + " 'KWH')   OR (d.source = 'COURTS' AND d.metric = 'JUDGMENT')  "
                                + " OR (d.source = 'CREDIT_REPORT' AND d.metric = 'PAST_DUE_NOW'))"
                                + " AND EXISTS (SELECT 1 FROM data_consent k JOIN"
                                + " data_consent_source ks ON ks.consent_id = k.id   WHERE"
                                + " k.borrower_id = e.borrower_id AND k.purpose ="
                                + " 'POST_LOAN_MONITORING'   AND k.revoked_at IS NULL AND"
                                + " k.expires_on >= ? AND ks.source = d.source)")) {
            range(ps, lo, hi);
            ps.setDate(3, Date.valueOf(beforeFrom));
            ps.setDate(4, Date.valueOf(thisMonth));
            ps.setDate(5, Date.valueOf(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, BigDecimal> m =
                            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>());
                    String source = rs.getString(2);
                    boolean recent = !rs.getDate(4).toLocalDate().isBefore(recentFrom);
                    BigDecimal amount = rs.getBigDecimal(5);
                    switch (source) {
                        case "TAX" ->
                                m.merge(
                                        recent ? "TAX_RECENT" : "TAX_BEFORE",
                                        amount,
                                        BigDecimal::add);
                        case "ELECTRICITY" ->
                                m.merge(
                                        recent ? "KWH_RECENT" : "KWH_BEFORE",
                                        amount,
                                        BigDecimal::add);
                        default -> {
                            if (recent && amount.signum() > 0) {
                                m.merge("RECORDS", BigDecimal.ONE, BigDecimal::add);
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    /**
     * Per loan with a settlement account: credits of the last 30 days and debits to prohibited
     * industries (by counterparty industry code prefix) of the last 90 days. Account numbers are
     * encrypted at rest in the borrower register and the ledger alike (ADR 0011, 0016): both hold
     * the same keyed lookup hash, so the chunk's accounts are read as hashes and the ledger is
     * summed per hash in one statement, nothing decrypted.
     */
    private Map<Long, BigDecimal[]> settlementFlows(Connection c, long lo, long hi, LocalDate asOf)
            throws SQLException {
        Map<String, List<Long>> loansByAccount = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, b.settlement_account_hash FROM loan_exposure e JOIN borrower"
                            + " b ON b.id = e.borrower_id WHERE e.id BETWEEN ? AND ? AND e.status ="
                            + " 'LIVE' AND b.settlement_account_hash IS NOT NULL")) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String account = rs.getString(2);
                    loansByAccount
                            .computeIfAbsent(account, a -> new ArrayList<>())
                            .add(rs.getLong(1));
                }
            }
        }
        Map<Long, BigDecimal[]> result = new HashMap<>();
        if (loansByAccount.isEmpty()) {
            return result;
        }
        Set<String> prohibited = settings.prohibitedIndustries();
        StringBuilder industries = new StringBuilder("1 = 0");
        for (int i = 0; i < prohibited.size(); i++) {
            industries.append(" OR t.counterparty_industry LIKE ?");
        }
        List<String> accounts = new ArrayList<>(loansByAccount.keySet());
        for (int from = 0; from < accounts.size(); from += IN_LIST) {
            List<String> slice = accounts.subList(from, Math.min(accounts.size(), from + IN_LIST));
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "SELECT t.account_hash, SUM(CASE WHEN t.direction = 'CREDIT' AND"
                                    + " t.value_date >= ? THEN t.amount ELSE 0 END), SUM(CASE WHEN"
                                    + " t.direction = 'DEBIT' AND ("
                                    + industries
                                    + ") THEN t.amount ELSE 0 END) FROM settlement_transaction t"
                                    + " WHERE t.value_date >= ? AND t.account_hash IN ("
                                    + "?,".repeat(slice.size() - 1)
                                    + "?) GROUP BY t.account_hash")) {
                int p = 1;
                ps.setDate(p++, Date.valueOf(asOf.minusDays(30)));
                for (String industry : prohibited) {
                    ps.setString(p++, industry + "%");
                }
                ps.setDate(p++, Date.valueOf(asOf.minusDays(90)));
                for (String account : slice) {
                    ps.setString(p++, account);
                }
                Map<String, BigDecimal[]> sums = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal credits = rs.getBigDecimal(2);
                        BigDecimal prohibitedDebits = rs.getBigDecimal(3);
                        sums.put(
                                rs.getString(1),
                                new BigDecimal[] {
                                    credits == null ? BigDecimal.ZERO : credits,
                                    prohibitedDebits == null ? BigDecimal.ZERO : prohibitedDebits
                                });
                    }
                }
                for (String account : slice) {
                    BigDecimal[] flows =
                            sums.getOrDefault(
                                    account, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    loansByAccount.get(account).forEach(loan -> result.put(loan, flows));
                }
            }
        }
        return result;
    }

    /**
     * Changed loans only, one JDBC batch; a loan changed since it was read fails the chunk, which
     * is retried.
     */
    private static void updateLoans(Connection c, List<Object[]> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "UPDATE loan_exposure SET days_past_due = ?, category = ?,"
                            + " arrears_cleared_on = ?, defaulted_at = ?, specific_provision = ?,"
                            + " general_provision = ?, version = version + 1 WHERE id = ? AND"
                            + " version = ? AND status = 'LIVE'")) {
            for (Object[] u : updates) {
                Loan loan = (Loan) u[0];
                Reassessment r = (Reassessment) u[1];
                ps.setInt(1, r.daysPastDue());
                ps.setString(2, r.category().name());
                if (r.arrearsClearedOn() == null) {
                    ps.setNull(3, Types.DATE);
                } else {
                    ps.setDate(3, Date.valueOf(r.arrearsClearedOn()));
                }
                if (r.defaultedAt() == null) {
                    ps.setNull(4, Types.TIMESTAMP);
                } else {
                    // instants are stored as UTC date-times (UtcInstantConverter)
                    ps.setTimestamp(
                            4,
                            Timestamp.valueOf(
                                    LocalDateTime.ofInstant(r.defaultedAt(), ZoneOffset.UTC)));
                }
                ps.setBigDecimal(5, r.specificProvision());
                ps.setBigDecimal(6, r.generalProvision());
                ps.setLong(7, loan.id());
                ps.setLong(8, loan.version());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new ConcurrentChangeException(
                            "Loan "
                                    + ((Loan) updates.get(i)[0]).reference()
                                    + " changed during the nightly run; the chunk is retried");
                }
            }
        }
    }

    private static long insertReminders(
            Connection c, long lo, long hi, LocalDate asOf, long runId, List<Object[]> reminders)
            throws SQLException {
        if (reminders.isEmpty()) {
            return 0;
        }
        Set<String> existing = new HashSet<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT r.loan_reference, r.instalment_number FROM repayment_reminder r"
                                + " JOIN loan_exposure e ON e.reference = r.loan_reference WHERE"
                                + LIVE_RANGE
                                + " AND r.due_date >= ?")) {
            range(ps, lo, hi);
            ps.setDate(3, Date.valueOf(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1) + "#" + rs.getInt(2));
                }
            }
        }
        long inserted = 0;
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO repayment_reminder (loan_reference, instalment_number,"
                            + " borrower_id, due_date, amount, remind_on, run_id) VALUES (?, ?, ?,"
                            + " ?, ?, ?, ?)")) {
            for (Object[] x : reminders) {
                Loan loan = (Loan) x[0];
                Due d = (Due) x[1];
                if (!existing.add(loan.reference() + "#" + d.number())) {
                    continue;
                }
                ps.setString(1, loan.reference());
                ps.setInt(2, d.number());
                ps.setLong(3, loan.borrowerId());
                ps.setDate(4, Date.valueOf(d.dueDate()));
                ps.setBigDecimal(5, d.amount());
                ps.setDate(6, Date.valueOf(asOf));
                ps.setLong(7, runId);
                ps.addBatch();
                inserted++;
            }
            if (inserted > 0) {
                ps.executeBatch();
            }
        }
        return inserted;
    }

    /** Adds the chunk's counts to its partition's row (created by the partition's first chunk). */
    private static void count(
            Connection c, long runId, int partitionNo, long firstId, long lastId, Counts n)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "UPDATE nightly_run_partition SET loans_processed = loans_processed + ?,"
                            + " overdue_loans = overdue_loans + ?, reclassified = reclassified + ?,"
                            + " new_defaults = new_defaults + ?, signals_raised = signals_raised +"
                            + " ?, reminders = reminders + ? WHERE run_id = ? AND partition_no"
                            + " = ?")) {
            ps.setLong(1, n.loans());
            ps.setLong(2, n.overdue());
            ps.setLong(3, n.reclassified());
            ps.setLong(4, n.newDefaults());
            ps.setLong(5, n.signals());
            ps.setLong(6, n.reminders());
            ps.setLong(7, runId);
            ps.setInt(8, partitionNo);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO nightly_run_partition (run_id, partition_no, first_id,"
                            + " last_id, loans_processed, overdue_loans, reclassified,"
                            + " new_defaults, signals_raised, reminders) VALUES (?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setInt(2, partitionNo);
            ps.setLong(3, firstId);
            ps.setLong(4, lastId);
            ps.setLong(5, n.loans());
            ps.setLong(6, n.overdue());
            ps.setLong(7, n.reclassified());
            ps.setLong(8, n.newDefaults());
            ps.setLong(9, n.signals());
            ps.setLong(10, n.reminders());
            ps.executeUpdate();
        }
    }

    private static void range(PreparedStatement ps, long lo, long hi) throws SQLException {
        ps.setLong(1, lo);
        ps.setLong(2, hi);
    }
}
