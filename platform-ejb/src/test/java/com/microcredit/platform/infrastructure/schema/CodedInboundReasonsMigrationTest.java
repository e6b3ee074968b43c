package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The V28_6 migration on refusal reasons, conflict breaks and conflict alerts stored before codes
 * (the real migrations on an in-memory Derby): English sentences and ADR 0025's {@code CODE|arg}
 * become coded texts, an unknown sentence stays readable as LEGACY_TEXT, other details are
 * untouched.
 */
class CodedInboundReasonsMigrationTest {

    private static final String U = "\u001F";
    private static final String R = "\u001E";

    @Test
    void storedReasonsBecomeCodes() throws Exception {
        MigrationFixture db = new MigrationFixture("v28-6", 3, 4);
        db.migrateTo("28.5");
        String[] reasons = {
            "Unknown account ************1234: not a borrower's settlement account at the bank",
            "Missing field: amount",
            "CONFLICTING_CONTENT|amount,direction",
            "REDELIVERY_LIMIT|jms/portfolio/RepaymentPosting",
            "currency USD is not accepted (accepted: [CNY, HKD])",
            "amount 12.345 exceeds the plausibility maximum 100000000.00",
            "principal 500.00 exceeds the outstanding 400.00 of L-1",
            "INVALID_CHARACTER: lines[1].t holds a lone UTF-16 surrogate (not valid Unicode,"
                    + " refused like invalid UTF-8)",
            "purpose: TOO_LONG [500]",
            "Something nobody wrote a rule for",
            "INBOUND_EMPTY_BODY",
            "INBOUND_FIELD_MISSING" + U + "amount"
        };
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < reasons.length; i++) {
            statements.add(
                    "INSERT INTO rejected_message (id, destination, reason, rejected_at) VALUES ("
                            + (i + 1)
                            + ", 'jms/x', '"
                            + reasons[i].replace("'", "''")
                            + "', CURRENT_TIMESTAMP)");
        }
        statements.add(
                breakRow(1, "CONFLICT", "CONFLICTING_CONTENT|amount,valueDate|RepaymentPosting"));
        statements.add(
                breakRow(2, "MISSING", "Core banking booked T-9; it never reached our ledger"));
        statements.add(
                "INSERT INTO security_alert (id, raised_at, kind, actor, detail, status, version)"
                    + " VALUES (1, CURRENT_TIMESTAMP, 'INBOUND_CONFLICT', 'CORE_BANKING',"
                    + " 'INBOUND_CONFLICT|SettlementTransaction|T-1|amount,currency', 'OPEN', 0)");
        db.execute(statements.toArray(String[]::new));

        db.migrateTo("28.6");

        assertEquals(
                List.of(
                        "INBOUND_UNKNOWN_ACCOUNT" + U + "************1234",
                        "INBOUND_FIELD_MISSING" + U + "amount",
                        "CONFLICTING_CONTENT" + U + "amount, direction",
                        "REDELIVERY_LIMIT" + U + "jms/portfolio/RepaymentPosting",
                        "INBOUND_CURRENCY_NOT_ACCEPTED"
                                + U
                                + "currency"
                                + U
                                + "USD"
                                + U
                                + "CNY, HKD",
                        "INBOUND_AMOUNT_OVER_MAXIMUM"
                                + U
                                + "amount"
                                + U
                                + "12.345"
                                + U
                                + "100000000.00",
                        "INBOUND_PRINCIPAL_OVER_OUTSTANDING"
                                + U
                                + "500.00"
                                + U
                                + "400.00"
                                + U
                                + "L-1",
                        "INVALID_CHARACTER" + U + "lines[1].t",
                        "TOO_LONG" + U + "500" + R + "INBOUND_FIELD" + U + "purpose",
                        "LEGACY_TEXT" + U + "Something nobody wrote a rule for",
                        "INBOUND_EMPTY_BODY",
                        "INBOUND_FIELD_MISSING" + U + "amount"),
                column(db, "SELECT reason FROM rejected_message ORDER BY id"));
        assertEquals(
                List.of(
                        "BREAK_CONFLICTING_CONTENT"
                                + U
                                + "amount, valueDate"
                                + U
                                + "RepaymentPosting",
                        "Core banking booked T-9; it never reached our ledger"),
                column(db, "SELECT detail FROM reconciliation_break ORDER BY id"));
        assertEquals(
                List.of(
                        "INBOUND_CONFLICT"
                                + U
                                + "SettlementTransaction"
                                + U
                                + "T-1"
                                + U
                                + "amount, currency"),
                column(db, "SELECT detail FROM security_alert ORDER BY id"));
    }

    private static String breakRow(long id, String kind, String detail) {
        return "INSERT INTO reconciliation_break (id, account_hash, account_cipher, business_date,"
                + " kind, currency, detail, status, detected_at, last_seen_at, version) VALUES ("
                + id
                + ", 'h', 'c', DATE('2026-11-20'), '"
                + kind
                + "', 'CNY', '"
                + detail
                + "', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";
    }

    private static List<String> column(MigrationFixture db, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
