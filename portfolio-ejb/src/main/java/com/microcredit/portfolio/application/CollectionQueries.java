package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.CollectionCase;
import com.microcredit.portfolio.api.ReminderView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The collection list and the repayment reminders, for the collection and reminder pages. */
@Dependent
class CollectionQueries {

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private WarningSettings settings;

    /**
     * The live loans on the collection list (at least the collection threshold of days past due,
     * ?2, or an open signal with a collection action), each with its oldest unpaid instalment's due
     * date before the business date (?1) and whether it has a collection action: the one query of
     * the list and of its pages ({@link CollectionPages}), which append filters and the order.
     */
    static final String CASES =
            "SELECT e.reference, e.borrower_id, e.outstanding, e.currency, e.days_past_due,"
                    + " e.category, (SELECT MIN(i.due_date) FROM origination_loan_instalment i"
                    + " WHERE i.loan_reference = e.reference AND i.balance_after < e.outstanding"
                    + " AND i.due_date < ?1), (SELECT COUNT(*) FROM warning_signal s JOIN"
                    + " signal_action x ON x.signal_id = s.id WHERE s.loan_reference = e.reference"
                    + " AND s.status <> 'CLOSED' AND x.action_kind = 'COLLECTION') FROM"
                    + " loan_exposure e WHERE e.status = 'LIVE' AND (e.days_past_due >= ?2 OR"
                    + " EXISTS (SELECT 1 FROM warning_signal s2 JOIN signal_action x2 ON"
                    + " x2.signal_id = s2.id WHERE s2.loan_reference = e.reference AND s2.status"
                    + " <> 'CLOSED' AND x2.action_kind = 'COLLECTION'))";

    List<CollectionCase> collectionList(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(CASES + " ORDER BY e.days_past_due DESC, e.reference")
                        .setParameter(1, Date.valueOf(settings.today(clock)))
                        .setParameter(2, settings.collectionDays())
                        .setMaxResults(Math.max(1, Math.min(limit, WarningQueries.MAX_LIST)))
                        .getResultList();
        return rows.stream().map(CollectionQueries::collectionCase).toList();
    }

    /** A row of {@link #CASES}. */
    static CollectionCase collectionCase(Object[] r) {
        return new CollectionCase(
                (String) r[0],
                ((Number) r[1]).longValue(),
                (BigDecimal) r[2],
                ((String) r[3]).strip(),
                ((Number) r[4]).intValue(),
                (String) r[5],
                r[6] == null ? null : ((Date) r[6]).toLocalDate(),
                ((Number) r[7]).longValue() > 0);
    }

    List<ReminderView> reminders(LocalDate from, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT loan_reference, instalment_number, borrower_id, due_date,"
                                    + " amount, remind_on FROM repayment_reminder WHERE due_date >="
                                    + " ?1 ORDER BY due_date, loan_reference")
                        .setParameter(1, Date.valueOf(from))
                        .setMaxResults(Math.max(1, Math.min(limit, WarningQueries.MAX_LIST)))
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new ReminderView(
                                        (String) r[0],
                                        ((Number) r[1]).intValue(),
                                        ((Number) r[2]).longValue(),
                                        ((Date) r[3]).toLocalDate(),
                                        (BigDecimal) r[4],
                                        ((Date) r[5]).toLocalDate()))
                .toList();
    }
}
