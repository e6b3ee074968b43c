package com.microcredit.benchmark;

import com.microcredit.it.CreditCodes;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.FieldCipher;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic book of N live loans straight into the schema (JDBC batches, Derby or
 * MySQL), for the nightly-run integration test and benchmark: one enterprise borrower per loan, an
 * account manager per 2,000 loans, a 12-month equal-principal schedule per loan (rates 4.35 to 18
 * %, principal 20,000 to 500,000 CNY, 1 to 11 months into the term), and repayment behaviour drawn
 * per loan: 85 % on schedule, 8 % one instalment behind, 4 % two or three behind, 3 % four or more
 * behind; 2 % of loans belong to a hub on watch or distressed; 5 % of borrowers give a post-loan
 * monitoring consent and have six months of tax payments, falling for one in four of them.
 *
 * <p>Command line (a fresh MySQL database migrated by the server first, or any schema at V9+):
 * {@code java -cp ... com.microcredit.benchmark.LoanBookGenerator <jdbc-url> <user> <password>
 * <loans> [asOf] [seed]} – see docs/benchmarks.md (nightly). Ids start at {@code idBase}, so a
 * generated book never collides with ids the application allocates.
 */
public final class LoanBookGenerator {

    /**
     * One generated loan, the days past due its schedule and repayments imply on the business date,
     * and the due date of its first instalment on or after that date.
     */
    public record GeneratedLoan(
            long exposureId,
            String reference,
            long borrowerId,
            int expectedDaysPastDue,
            BigDecimal outstanding,
            LocalDate nextDueDate) {}

    private static final String[] INDUSTRIES = {
        "F52", "C13", "H61", "E48", "A01", "C33", "F51", "O80"
    };
    private static final int BATCH = 2000;

    private final Random random;
    private final LocalDate asOf;
    private final long idBase;
    private final FieldCipher cipher;
    private final LookupHasher hasher;

    /** Without keys (outside a server): identity numbers are left empty. */
    public LoanBookGenerator(LocalDate asOf, long seed, long idBase) {
        this(asOf, seed, idBase, null, null);
    }

    /** Inside a server: identity numbers encrypted and hashed with the server's keys. */
    public LoanBookGenerator(
            LocalDate asOf, long seed, long idBase, FieldCipher cipher, LookupHasher hasher) {
        this.asOf = asOf;
        this.random = new Random(seed);
        this.idBase = idBase;
        this.cipher = cipher;
        this.hasher = hasher;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println(
                    "usage: LoanBookGenerator <jdbc-url> <user> <password> <loans> [asOf"
                            + " yyyy-MM-dd] [seed]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[3]);
        LocalDate asOf =
                args.length > 4
                        ? LocalDate.parse(args[4])
                        : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 20261128L;
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            new LoanBookGenerator(asOf, seed, 1_000_000_000L).generate(c, n, true);
            c.commit();
            System.out.printf(
                    "generated %d loans as of %s in %.1f s%n",
                    n, asOf, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Writes n loans, committing every batch when {@code commitBatches} (the command line) or
     * leaving the transaction to the caller (in-container tests). Returns the loans with their
     * expected days past due (kept only for small books: an empty list above 100,000 loans).
     */
    public List<GeneratedLoan> generate(Connection c, int n, boolean commitBatches)
            throws SQLException {
        boolean commit = commitBatches && !c.getAutoCommit();
        List<GeneratedLoan> result = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("UTC"));
        try (PreparedStatement manager =
                        c.prepareStatement(
                                "INSERT INTO account_manager (id, staff_login, name, branch_code,"
                                    + " territory_lat, territory_lon, territory_radius_km) VALUES"
                                    + " (?, ?, ?, 'HZ-001', 30.274000, 120.155000, 25.00)");
                PreparedStatement borrower =
                        c.prepareStatement(
                                "INSERT INTO borrower (id, kind, name, identity_cipher,"
                                        + " identity_hash, industry_code, region_code,"
                                        + " account_manager_id, created_at, version) VALUES (?,"
                                        + " 'ENTERPRISE', ?, ?, ?, ?, '330106', ?, ?, 0)");
                PreparedStatement hub =
                        c.prepareStatement(
                                "INSERT INTO hub_enterprise (id, name, credit_code, industry_code,"
                                    + " status, status_reason, status_changed_at, version) VALUES"
                                    + " (?, ?, ?, 'C36', ?, ?, ?, 0)");
                PreparedStatement application =
                        c.prepareStatement(
                                "INSERT INTO loan_application (id, reference, borrower_id,"
                                    + " product_code, amount, currency, term_months,"
                                    + " repayment_method, purpose, channel, status, prepared_by,"
                                    + " submitted_at, annual_rate, accepted_at, exposure_reference,"
                                    + " version) VALUES (?, ?, ?, 'TAX_LOAN', ?, 'CNY', 12,"
                                    + " 'EQUAL_PRINCIPAL', '经营周转', 'BRANCH', 'ACCEPTED',"
                                    + " 'generator', ?, ?, ?, ?, 0)");
                PreparedStatement instalment =
                        c.prepareStatement(
                                "INSERT INTO repayment_instalment (application_id, number,"
                                    + " due_date, principal, interest, total, balance_after) VALUES"
                                    + " (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement exposure =
                        c.prepareStatement(
                                "INSERT INTO loan_exposure (id, reference, borrower_id,"
                                    + " connected_group, hub_id, industry_code, region_code,"
                                    + " product_code, information_path, branch_code,"
                                    + " account_manager_id, blind_lending, currency, principal,"
                                    + " outstanding, status, days_past_due, category,"
                                    + " specific_provision, general_provision, booked_at, version)"
                                    + " VALUES (?, ?, ?, NULL, ?, ?, '330106', 'TAX_LOAN',"
                                    + " 'BIG_DATA', 'HZ-001', ?, FALSE, 'CNY', ?, ?, 'LIVE', 0,"
                                    + " 'NORMAL', 0.00, ?, ?, 0)");
                PreparedStatement consent =
                        c.prepareStatement(
                                "INSERT INTO data_consent (id, borrower_id, purpose, granted_at,"
                                    + " recorded_by, expires_on, evidence_reference, version)"
                                    + " VALUES (?, ?, 'POST_LOAN_MONITORING', ?, 'generator', ?,"
                                    + " 'GEN-FORM', 0)");
                PreparedStatement consentSource =
                        c.prepareStatement(
                                "INSERT INTO data_consent_source (consent_id, source)"
                                        + " VALUES (?, 'TAX')");
                PreparedStatement tax =
                        c.prepareStatement(
                                "INSERT INTO alternative_data (id, borrower_id, source, period,"
                                        + " metric, amount) VALUES (?, ?, 'TAX', ?, 'PAID', ?)")) {
            int managers = Math.max(1, (n + 1999) / 2000);
            for (int j = 0; j < managers; j++) {
                manager.setLong(1, idBase + 50_000_000L + j);
                manager.setString(2, "gen-" + idBase + "-" + j);
                manager.setString(3, "生成客户经理 " + j);
                manager.addBatch();
            }
            manager.executeBatch();
            long hubWatch = idBase + 60_000_000L;
            long hubDistressed = hubWatch + 1;
            for (long h : new long[] {hubWatch, hubDistressed}) {
                hub.setLong(1, h);
                hub.setString(2, "生成核心企业 " + h);
                hub.setString(3, CreditCodes.of(500_000_000_000_000L + h));
                hub.setString(4, h == hubWatch ? "WATCH" : "DISTRESSED");
                hub.setString(5, "生成数据");
                hub.setTimestamp(6, Timestamp.valueOf(now));
                hub.addBatch();
            }
            hub.executeBatch();
            long dataId = idBase + 100_000_000L;
            for (int i = 0; i < n; i++) {
                long id = idBase + i;
                String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
                long managerId = idBase + 50_000_000L + (i % managers);
                borrower.setLong(1, id);
                borrower.setString(2, "生成企业 " + i);
                // Identity numbers are encrypted at rest (ADR 0011); outside a server there are no
                // keys.
                String identity = CreditCodes.of(id); // valid, so pages can show generated firms
                borrower.setString(3, cipher != null ? cipher.encrypt(identity) : null);
                borrower.setString(4, hasher != null ? hasher.hash(identity) : null);
                borrower.setString(5, industry);
                borrower.setLong(6, managerId);
                borrower.setTimestamp(7, Timestamp.valueOf(now));
                borrower.addBatch();

                BigDecimal principal =
                        BigDecimal.valueOf(200 + random.nextInt(4801) * 100L).setScale(2);
                BigDecimal rate = BigDecimal.valueOf(435 + random.nextInt(1366), 4);
                int elapsed = 1 + random.nextInt(11);
                LocalDate disbursed = asOf.minusMonths(elapsed).minusDays(random.nextInt(28));
                List<BigDecimal[]> rows = schedule(principal, rate);
                int due = 0;
                for (int k = 1; k <= 12; k++) {
                    if (disbursed.plusMonths(k).isBefore(asOf)) {
                        due = k;
                    }
                }
                int behind = behind(due);
                int paid = due - behind;
                BigDecimal outstanding = paid == 0 ? principal : rows.get(paid - 1)[3];
                int dpd =
                        behind == 0
                                ? 0
                                : (int)
                                        ChronoUnit.DAYS.between(
                                                disbursed.plusMonths(paid + 1), asOf);
                String reference = "GEN-" + id;
                application.setLong(1, id);
                application.setString(2, "GA-" + id);
                application.setLong(3, id);
                application.setBigDecimal(4, principal);
                application.setTimestamp(5, Timestamp.valueOf(disbursed.atStartOfDay()));
                application.setBigDecimal(6, rate);
                application.setTimestamp(7, Timestamp.valueOf(disbursed.atStartOfDay()));
                application.setString(8, reference);
                application.addBatch();
                for (int k = 1; k <= 12; k++) {
                    BigDecimal[] r = rows.get(k - 1);
                    instalment.setLong(1, id);
                    instalment.setInt(2, k);
                    instalment.setDate(3, Date.valueOf(disbursed.plusMonths(k)));
                    instalment.setBigDecimal(4, r[0]);
                    instalment.setBigDecimal(5, r[1]);
                    instalment.setBigDecimal(6, r[2]);
                    instalment.setBigDecimal(7, r[3]);
                    instalment.addBatch();
                }
                int roll = random.nextInt(100);
                exposure.setLong(1, id);
                exposure.setString(2, reference);
                exposure.setLong(3, id);
                if (roll < 2) {
                    exposure.setLong(4, roll == 0 ? hubDistressed : hubWatch);
                } else {
                    exposure.setNull(4, java.sql.Types.BIGINT);
                }
                exposure.setString(5, industry);
                exposure.setLong(6, managerId);
                exposure.setBigDecimal(7, principal);
                exposure.setBigDecimal(8, outstanding);
                exposure.setBigDecimal(
                        9,
                        outstanding
                                .multiply(new BigDecimal("0.01"))
                                .setScale(2, RoundingMode.HALF_EVEN));
                exposure.setTimestamp(10, Timestamp.valueOf(disbursed.atStartOfDay()));
                exposure.addBatch();
                if (random.nextInt(100) < 5) {
                    consent.setLong(1, dataId);
                    consent.setLong(2, id);
                    consent.setTimestamp(3, Timestamp.valueOf(now));
                    consent.setDate(4, Date.valueOf(asOf.plusYears(1)));
                    consent.addBatch();
                    consentSource.setLong(1, dataId);
                    consentSource.addBatch();
                    dataId++;
                    boolean falling = random.nextInt(4) == 0;
                    LocalDate month = asOf.withDayOfMonth(1);
                    for (int m = 6; m >= 1; m--) {
                        BigDecimal paidTax =
                                BigDecimal.valueOf(
                                        falling && m <= 3
                                                ? 2000 + random.nextInt(1000)
                                                : 6000 + random.nextInt(2000));
                        tax.setLong(1, dataId++);
                        tax.setLong(2, id);
                        tax.setDate(3, Date.valueOf(month.minusMonths(m)));
                        tax.setBigDecimal(4, paidTax);
                        tax.addBatch();
                    }
                }
                if (n <= 100_000) {
                    result.add(
                            new GeneratedLoan(
                                    id,
                                    reference,
                                    id,
                                    dpd,
                                    outstanding,
                                    due < 12 ? disbursed.plusMonths(due + 1) : null));
                }
                if ((i + 1) % BATCH == 0 || i == n - 1) {
                    borrower.executeBatch();
                    application.executeBatch();
                    instalment.executeBatch();
                    exposure.executeBatch();
                    consent.executeBatch();
                    consentSource.executeBatch();
                    tax.executeBatch();
                    if (commit) {
                        c.commit();
                    }
                }
            }
        }
        return result;
    }

    /**
     * How many due instalments are unpaid: 85 % none, 8 % one, 4 % two or three, 3 % four or more.
     */
    private int behind(int due) {
        int roll = random.nextInt(100);
        int behind =
                roll < 85
                        ? 0
                        : roll < 93 ? 1 : roll < 97 ? 2 + random.nextInt(2) : 4 + random.nextInt(4);
        return Math.min(behind, due);
    }

    /**
     * Equal principal over 12 months: principal, interest, total, balance after; the last absorbs
     * rounding.
     */
    static List<BigDecimal[]> schedule(BigDecimal principal, BigDecimal annualRate) {
        List<BigDecimal[]> rows = new ArrayList<>(12);
        BigDecimal part = principal.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
        BigDecimal monthly = annualRate.divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_EVEN);
        BigDecimal balance = principal;
        for (int k = 1; k <= 12; k++) {
            BigDecimal p = k == 12 ? balance : part;
            BigDecimal interest = balance.multiply(monthly).setScale(2, RoundingMode.HALF_EVEN);
            balance = balance.subtract(p);
            rows.add(new BigDecimal[] {p, interest, p.add(interest), balance});
        }
        return rows;
    }
}
