package com.microcredit.origination.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoEvidenceTest {

    @Test
    void demoTransactionIdsAreOpaqueStableAndUnique() {
        String account = "6222020011110001";
        Set<String> ids = new HashSet<>();
        for (String kind : new String[] {"R", "P"}) {
            for (int week = 0; week < 17; week++) {
                String id = DemoEvidence.transactionId(account, kind, week);
                assertTrue(id.matches("DEMO-TX-[0-9A-F]{20}"), id);
                assertFalse(id.contains(account), id);
                assertEquals(id, DemoEvidence.transactionId(account, kind, week), "stable");
                ids.add(id);
            }
        }
        assertEquals(34, ids.size(), "unique");
        assertFalse(
                ids.contains(DemoEvidence.transactionId("6222020011110002", "R", 0)),
                "another account, other ids");
    }
}
