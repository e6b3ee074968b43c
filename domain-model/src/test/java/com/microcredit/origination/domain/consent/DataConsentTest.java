package com.microcredit.origination.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataConsentTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 5, 1);
    private static final Instant AT = Instant.parse("2026-05-01T02:00:00Z");

    private static DataConsent taxAndWater() {
        return new DataConsent(
                7L,
                ConsentPurpose.CREDIT_ASSESSMENT,
                EnumSet.of(DataSource.TAX, DataSource.WATER),
                LocalDate.of(2026, 10, 31),
                "AUTH-1",
                "manager",
                AT,
                SIGNED);
    }

    @Test
    void aConsentCoversOnlyItsSourcesAndPurposeUntilItsExpiryDay() {
        DataConsent c = taxAndWater();
        assertTrue(
                c.covers(
                        DataSource.TAX,
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        LocalDate.of(2026, 10, 31)));
        assertFalse(
                c.covers(
                        DataSource.CREDIT_REPORT,
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        LocalDate.of(2026, 6, 1)),
                "a source it does not name");
        assertFalse(
                c.covers(
                        DataSource.TAX,
                        ConsentPurpose.POST_LOAN_MONITORING,
                        LocalDate.of(2026, 6, 1)),
                "another purpose");
    }

    @Test
    void anExpiredConsentCoversNoQuery() {
        DataConsent c = taxAndWater();
        LocalDate dayAfter = LocalDate.of(2026, 11, 1);
        assertEquals(DataConsent.Status.EXPIRED, c.statusOn(dayAfter));
        assertFalse(c.covers(DataSource.TAX, ConsentPurpose.CREDIT_ASSESSMENT, dayAfter));
    }

    @Test
    void aRevokedConsentCoversNoQuery() {
        DataConsent c = taxAndWater();
        c.revoke("borrower withdrew", AT.plusSeconds(3600));
        assertFalse(
                c.covers(
                        DataSource.TAX,
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aCachedAnswerIsUsedOnlyWithinItsRetentionPeriodAndKeepsItsObservations() {
        Observation o =
                new Observation(
                        DataSource.WATER, LocalDate.of(2026, 9, 1), "M3", new BigDecimal("41.5"));
        CachedResponse r =
                new CachedResponse(
                        7L, DataSource.WATER, "table", List.of(o), AT, AT.plusSeconds(24 * 3600));
        assertTrue(r.isValidAt(AT.plusSeconds(23 * 3600)));
        assertFalse(r.isValidAt(AT.plusSeconds(24 * 3600)));
        assertEquals(List.of(o), r.observations());
    }
}
