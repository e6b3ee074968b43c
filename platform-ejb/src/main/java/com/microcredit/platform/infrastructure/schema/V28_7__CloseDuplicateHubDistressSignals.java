package com.microcredit.platform.infrastructure.schema;

import com.microcredit.shared.domain.CodedText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 26: before one open signal per borrower and cause, supply-chain contagion raised {@code
 * HUB_DISTRESS} per loan while the nightly run raised it per borrower, so a borrower could hold two
 * or more open hub-distress signals. The code now keys the signal to the borrower alone ({@code
 * Indicator.subjectLoan}: open key {@code <borrower>||HUB_DISTRESS}), so this keeps, per borrower,
 * the signal the code finds again – the borrower-level one, else the oldest, which is re-keyed to
 * the borrower (its loan cleared) – at the most severe level of the group (a sighting never lowers
 * a level), and closes the others as the system with the coded reason {@code
 * SIGNAL_DUPLICATE_CLOSED [kept signal id]} (ADR 0027). Their actions and history stay.
 */
public class V28_7__CloseDuplicateHubDistressSignals extends BaseJavaMigration {

    private static final Logger LOG =
            Logger.getLogger(V28_7__CloseDuplicateHubDistressSignals.class.getName());

    static final String INDICATOR = "HUB_DISTRESS";

    /** The levels from the least to the most severe ({@code SignalLevel}). */
    private static final List<String> LEVELS = List.of("GREEN", "YELLOW", "ORANGE", "RED");

    private record Open(long id, long borrower, String loan, String level) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<Open> open = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT id, borrower_id, loan_reference, signal_level FROM"
                                        + " warning_signal WHERE indicator_code = '"
                                        + INDICATOR
                                        + "' AND status <> 'CLOSED' ORDER BY borrower_id,"
                                        + " raised_at, id")) {
            while (rs.next()) {
                open.add(new Open(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        int closed = 0;
        try (PreparedStatement close =
                        c.prepareStatement(
                                "UPDATE warning_signal SET status = 'CLOSED', open_key = NULL,"
                                        + " closed_at = ?, closed_by = 'SYSTEM', closing_note = ?,"
                                        + " version = version + 1 WHERE id = ?");
                PreparedStatement keep =
                        c.prepareStatement(
                                "UPDATE warning_signal SET loan_reference = NULL, open_key = ?,"
                                    + " signal_level = ?, version = version + 1 WHERE id = ?")) {
            for (int from = 0; from < open.size(); ) {
                int to = from;
                while (to < open.size() && open.get(to).borrower() == open.get(from).borrower()) {
                    to++;
                }
                closed += settle(open.subList(from, to), now, close, keep);
                from = to;
            }
        }
        int done = closed;
        LOG.info(() -> done + " duplicate open HUB_DISTRESS signals closed");
    }

    /** One borrower's open hub-distress signals, oldest first: the duplicates closed. */
    private static int settle(
            List<Open> group, Timestamp now, PreparedStatement close, PreparedStatement keep)
            throws Exception {
        Open kept = group.stream().filter(o -> o.loan() == null).findFirst().orElse(group.get(0));
        if (group.size() == 1 && kept.loan() == null) {
            return 0;
        }
        String level = kept.level();
        for (Open o : group) {
            if (o != kept) {
                close.setTimestamp(1, now);
                close.setString(2, CodedText.of("SIGNAL_DUPLICATE_CLOSED", kept.id()).stored());
                close.setLong(3, o.id());
                close.executeUpdate();
                level = LEVELS.indexOf(o.level()) > LEVELS.indexOf(level) ? o.level() : level;
            }
        }
        keep.setString(1, kept.borrower() + "||" + INDICATOR);
        keep.setString(2, level);
        keep.setLong(3, kept.id());
        keep.executeUpdate();
        return group.size() - 1;
    }
}
