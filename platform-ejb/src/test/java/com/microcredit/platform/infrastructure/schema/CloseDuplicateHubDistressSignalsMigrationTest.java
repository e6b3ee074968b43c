package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The V28_7 migration on open hub-distress signals left from before one open signal per borrower
 * and cause (the real migrations on an in-memory Derby): per borrower the borrower-level signal is
 * kept (else the oldest, re-keyed to the borrower) at the group's most severe level, the others are
 * closed by the system with a coded reason naming the kept one; single signals, closed ones and
 * other indicators are untouched.
 */
class CloseDuplicateHubDistressSignalsMigrationTest {

    private static final String U = "\u001F";

    @Test
    void duplicatesAreClosedAndTheSignalTheCodeFindsIsKept() throws Exception {
        MigrationFixture db = new MigrationFixture("v28-7", 3, 4);
        db.migrateTo("28.6");
        db.execute(
                // borrower 1: the nightly run's borrower-level signal and contagion's per-loan one
                signal(1, 1, null, "HUB_DISTRESS", "YELLOW", "OPEN", "2026-11-01"),
                signal(2, 1, "L-1", "HUB_DISTRESS", "RED", "ACKNOWLEDGED", "2026-10-01"),
                // borrower 2: two per-loan signals of contagion, none for the borrower
                signal(3, 2, "L-3", "HUB_DISTRESS", "YELLOW", "OPEN", "2026-11-02"),
                signal(4, 2, "L-2", "HUB_DISTRESS", "ORANGE", "IN_ACTION", "2026-10-02"),
                // borrower 3: one borrower-level signal; borrower 4: a closed per-loan one
                signal(5, 3, null, "HUB_DISTRESS", "ORANGE", "OPEN", "2026-11-03"),
                signal(6, 4, "L-4", "HUB_DISTRESS", "RED", "CLOSED", "2026-10-04"),
                // borrower 1 also has a loan-level signal of another indicator
                signal(7, 1, "L-1", "DAYS_PAST_DUE", "ORANGE", "OPEN", "2026-11-05"));

        db.migrateTo("28.7");

        assertEquals(
                List.of(
                        "1|null|1||HUB_DISTRESS|RED|OPEN|null",
                        "2|L-1|null|RED|CLOSED|SIGNAL_DUPLICATE_CLOSED" + U + "1",
                        "3|L-3|null|YELLOW|CLOSED|SIGNAL_DUPLICATE_CLOSED" + U + "4",
                        "4|null|2||HUB_DISTRESS|ORANGE|IN_ACTION|null",
                        "5|null|3||HUB_DISTRESS|ORANGE|OPEN|null",
                        "6|L-4|null|RED|CLOSED|null",
                        "7|L-1|1|L-1|DAYS_PAST_DUE|ORANGE|OPEN|null"),
                rows(db));
        assertEquals(
                List.of("SYSTEM", "SYSTEM"),
                column(db, "SELECT closed_by FROM warning_signal WHERE closed_at IS NOT NULL"));
    }

    private static String signal(
            long id,
            long borrower,
            String loan,
            String indicator,
            String level,
            String status,
            String raisedOn) {
        String openKey =
                "CLOSED".equals(status)
                        ? "NULL"
                        : "'" + borrower + "|" + (loan == null ? "" : loan) + "|" + indicator + "'";
        return "INSERT INTO warning_signal (id, borrower_id, loan_reference, indicator_code,"
                + " signal_level, evidence, raised_by_source, status, open_key, raised_at,"
                + " last_seen_at, sightings, version) VALUES ("
                + id
                + ", "
                + borrower
                + ", "
                + (loan == null ? "NULL" : "'" + loan + "'")
                + ", '"
                + indicator
                + "', '"
                + level
                + "', 'seen', 'TEST', '"
                + status
                + "', "
                + openKey
                + ", TIMESTAMP('"
                + raisedOn
                + " 08:00:00'), TIMESTAMP('"
                + raisedOn
                + " 08:00:00'), 1, 0)";
    }

    private static List<String> rows(MigrationFixture db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT id, loan_reference, open_key, signal_level, status,"
                                        + " closing_note FROM warning_signal ORDER BY id")) {
            while (rs.next()) {
                rows.add(
                        rs.getLong(1)
                                + "|"
                                + rs.getString(2)
                                + "|"
                                + rs.getString(3)
                                + "|"
                                + rs.getString(4)
                                + "|"
                                + rs.getString(5)
                                + "|"
                                + rs.getString(6));
            }
        }
        return rows;
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
