package com.microcredit.benchmark;

import com.microcredit.it.CreditCodes;
import com.microcredit.shared.persistence.FieldCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The same book as {@link LoanBookGenerator} (one enterprise borrower per loan, 12-month
 * equal-principal schedules, 1 to 11 months into the term, 85 % on schedule, 8 % one instalment
 * behind, 4 % two or three, 3 % four or more; 2 % of loans with a hub on watch or distressed),
 * written by a few INSERT … SELECT statements over MariaDB's sequence tables, so a million loans
 * take seconds instead of the JDBC generator's minutes. Pseudo-random draws are CRC32 hashes of the
 * loan number, so a book is the same every time. MariaDB only (the benchmark database); no
 * alternative data or consents.
 */
public final class SetBasedBookGenerator {

    private SetBasedBookGenerator() {}

    public static void generate(Connection c, int n, LocalDate asOf, long base, FieldCipher cipher)
            throws SQLException {
        int managers = Math.max(1, (n + 1999) / 2000);
        String d = "DATE '" + asOf + "'";
        String seq = "seq_0_to_" + (n - 1);
        try (Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO account_manager (id, staff_login, name, branch_code,"
                            + " territory_lat, territory_lon, territory_radius_km) SELECT "
                            + base
                            + " + 50000000 + seq, CONCAT('gen-', seq), CONCAT('生成客户经理 ',"
                            + " seq), 'HZ-001', 30.274, 120.155, 25 FROM seq_0_to_"
                            + (managers - 1));
            s.execute(
                    "INSERT INTO hub_enterprise (id, name, credit_code, industry_code, status,"
                            + " status_reason, status_changed_at, version) VALUES ("
                            + (base + 60_000_000L)
                            + ", '关注中的生成核心企业',"
                            + " '"
                            + CreditCodes.of(500_000_000_000_001L)
                            + "', 'C36', 'WATCH', '生成数据', NOW(6), 0), ("
                            + (base + 60_000_001L)
                            + ", '困境中的生成核心企业', '"
                            + CreditCodes.of(500_000_000_000_002L)
                            + "', 'C36', 'DISTRESSED', '生成数据', NOW(6), 0)");
            s.execute(
                    "CREATE TEMPORARY TABLE gen_loan (seq BIGINT PRIMARY KEY, principal"
                        + " DECIMAL(19,2), rate DECIMAL(9,6), part DECIMAL(19,2), disbursed DATE,"
                        + " behind INT, due INT, paid INT, roll INT) ENGINE=InnoDB");
            s.execute(
                    "INSERT INTO gen_loan (seq, principal, rate, part, disbursed, behind, roll)"
                            + " SELECT seq, p, r, TRUNCATE(p / 12, 2), DATE_SUB(DATE_SUB("
                            + d
                            + ", INTERVAL e MONTH), INTERVAL dd DAY), CASE WHEN b < 85 THEN 0 WHEN"
                            + " b < 93 THEN 1 WHEN b < 97 THEN 2 + (b % 2) ELSE 4 + (b % 4) END, h"
                            + " FROM (SELECT seq, (200 + CRC32(CONCAT('p', seq)) % 4801) * 100 p,"
                            + " (435 + CRC32(CONCAT('r', seq)) % 1366) / 10000 r, 1 +"
                            + " CRC32(CONCAT('e', seq)) % 11 e, CRC32(CONCAT('d', seq)) % 28 dd,"
                            + " CRC32(CONCAT('b', seq)) % 100 b, CRC32(CONCAT('h', seq)) % 100 h"
                            + " FROM "
                            + seq
                            + ") x");
            // instalments due before the business date, then how many of them are paid
            s.execute(
                    "UPDATE gen_loan SET due = (SELECT COUNT(*) FROM seq_1_to_12 k"
                            + " WHERE DATE_ADD(disbursed, INTERVAL k.seq MONTH) < "
                            + d
                            + ")");
            s.execute("UPDATE gen_loan SET paid = due - LEAST(behind, due)");
            s.execute(
                    "INSERT INTO borrower (id, kind, name, identity_cipher, identity_hash,"
                        + " industry_code, region_code, account_manager_id, created_at, version)"
                        + " SELECT "
                            + base
                            + " + seq, 'ENTERPRISE',"
                            // SQL cannot encrypt (ADR 0011): every generated firm carries the same
                            // encrypted placeholder
                            // identity (identity_cipher is NOT NULL since V10_2; the nightly run
                            // never reads it) and a
                            // distinct hash in the lookup column
                            + " CONCAT('生成企业 ', seq), '"
                            + placeholderIdentity(base, cipher)
                            + "',"
                            + " SHA2(CONCAT('GEN', "
                            + base
                            + " + seq), 256), ELT(1 + seq % 8, 'F52', 'C13', 'H61', 'E48', 'A01',"
                            + " 'C33', 'F51', 'O80'), '330106', "
                            + base
                            + " + 50000000 + seq % "
                            + managers
                            + ", NOW(6), 0 FROM gen_loan");
            s.execute(
                    "INSERT INTO loan_application (id, reference, borrower_id, product_code,"
                            + " amount, currency, term_months, repayment_method, purpose, channel,"
                            + " status, prepared_by, submitted_at, annual_rate, accepted_at,"
                            + " exposure_reference, version) SELECT "
                            + base
                            + " + seq, CONCAT('GA-', "
                            + base
                            + " + seq), "
                            + base
                            + " + seq, 'TAX_LOAN', principal, 'CNY', 12, 'EQUAL_PRINCIPAL',"
                            + " '经营周转', 'BRANCH', 'ACCEPTED', 'generator', disbursed,"
                            + " rate, disbursed, CONCAT('GEN-', "
                            + base
                            + " + seq), 0"
                            + " FROM gen_loan");
            s.execute(
                    "INSERT INTO repayment_instalment (application_id, number, due_date, principal,"
                            + " interest, total, balance_after) SELECT "
                            + base
                            + " + g.seq, k.seq, DATE_ADD(g.disbursed, INTERVAL k.seq MONTH),"
                            + " IF(k.seq = 12, g.principal - 11 * g.part, g.part),"
                            + " ROUND((g.principal - (k.seq - 1) * g.part) * g.rate / 12, 2),"
                            + " IF(k.seq = 12, g.principal - 11 * g.part, g.part) +"
                            + " ROUND((g.principal - (k.seq - 1) * g.part) * g.rate / 12, 2),"
                            + " IF(k.seq = 12, 0, g.principal - k.seq * g.part) FROM gen_loan g"
                            + " JOIN seq_1_to_12 k");
            s.execute(
                    "INSERT INTO loan_exposure (id, reference, borrower_id, connected_group,"
                        + " hub_id, industry_code, region_code, product_code, information_path,"
                        + " branch_code, account_manager_id, blind_lending, currency, principal,"
                        + " outstanding, status, days_past_due, category, specific_provision,"
                        + " general_provision, booked_at, version) SELECT "
                            + base
                            + " + seq, CONCAT('GEN-', "
                            + base
                            + " + seq), "
                            + base
                            + " + seq, NULL, CASE roll WHEN 0 THEN "
                            + (base + 60_000_001L)
                            + " WHEN 1 THEN "
                            + (base + 60_000_000L)
                            + " END, ELT(1 + seq % 8, 'F52', 'C13', 'H61', 'E48', 'A01', 'C33',"
                            + " 'F51', 'O80'), '330106', 'TAX_LOAN', 'BIG_DATA', 'HZ-001', "
                            + base
                            + " + 50000000 + seq % "
                            + managers
                            + ", FALSE, 'CNY', principal, principal - paid * part, 'LIVE', 0,"
                            + " 'NORMAL', 0.00, ROUND((principal - paid * part) * 0.01, 2),"
                            + " disbursed, 0 FROM gen_loan");
            s.execute("DROP TEMPORARY TABLE gen_loan");
        }
    }

    /**
     * A valid credit code, encrypted with the server's active key (the generator runs inside the
     * server, which lends it its cipher).
     */
    private static String placeholderIdentity(long base, FieldCipher cipher) {
        return cipher.encrypt(CreditCodes.of(base)).replace("'", "''");
    }
}
