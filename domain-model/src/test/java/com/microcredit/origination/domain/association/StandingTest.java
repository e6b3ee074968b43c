package com.microcredit.origination.domain.association;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void liveLoansPastDueCountAsOverdueAndNonPerformingOnesAsDefaulted() {
        Standing s =
                Standing.CUSTOMER
                        .with("LIVE", 0, "NORMAL")
                        .with("LIVE", 1, "SPECIAL_MENTION")
                        .with("LIVE", 91, "SUBSTANDARD")
                        .with("LIVE", 400, "LOSS");
        assertEquals(new Standing(true, 4, 3, 2), s);
    }

    @Test
    void aDowngradedLoanWithoutArrearsIsADefaultButNotOverdue() {
        assertEquals(new Standing(true, 1, 0, 1), Standing.CUSTOMER.with("LIVE", 0, "DOUBTFUL"));
    }

    @Test
    void closedAndCancelledLoansNoLongerCountButMakeThePersonACustomer() {
        assertEquals(
                new Standing(true, 0, 0, 0),
                Standing.UNKNOWN.with("CLOSED", 120, "LOSS").with("CANCELLED", 0, "NORMAL"));
    }

    @Test
    void twoPartsOfAPersonsBookAddUp() {
        assertEquals(
                new Standing(true, 3, 2, 1),
                new Standing(true, 1, 1, 0).plus(new Standing(true, 2, 1, 1)));
        assertEquals(Standing.UNKNOWN, Standing.UNKNOWN.plus(Standing.UNKNOWN));
    }
}
