package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.microcredit.origination.application.DataGateway;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gateway queries for the provider tests, from inside the test server: a source routed to the
 * simulator for the length of a test (system properties, which the gateway reads at every query), a
 * query for a fresh borrower (nothing cached) and its log row, and a wait until a provider answers
 * again (its circuit closed).
 */
final class ProviderCalls {

    private final DataGateway gateway;
    private final ProviderFixture fx;

    ProviderCalls(DataGateway gateway, ProviderFixture fx) {
        this.gateway = gateway;
        this.fx = fx;
    }

    /** Runs the test with the settings set, and clears them after, whatever happens. */
    static void routed(Map<String, String> settings, Runnable test) {
        settings.forEach(System::setProperty);
        try {
            test.run();
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    DataGateway.Answer query(long borrower, DataSource source) {
        return gateway.query(
                borrower,
                Set.of(source),
                ConsentPurpose.CREDIT_ASSESSMENT,
                "it-provider",
                "IT-PROV-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.now(OriginationFixture.BANK_ZONE),
                Instant.now());
    }

    DataGateway.AssociatesAnswer associates(long borrower) {
        return gateway.associatedPersons(
                borrower,
                ConsentPurpose.POST_LOAN_MONITORING,
                "it-provider",
                "IT-PROV-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.now(OriginationFixture.BANK_ZONE),
                Instant.now());
    }

    /** Asks a fresh borrower (nothing cached) and returns the query's log row. */
    DataQuery ask(DataSource source) {
        long b = fx.consentingBorrower();
        if (source == DataSource.ASSOCIATED_PERSONS) {
            associates(b);
        } else {
            query(b, source);
        }
        return fx.logged(b, source).get(0);
    }

    /** Asks until the provider answers (its circuit closed again), at most 20 s. */
    DataQuery awaitAnswered(DataSource source) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        DataQuery last = null;
        while (System.nanoTime() < deadline) {
            last = ask(source);
            if (last.getOutcome() == DataQuery.Outcome.ANSWERED
                    || last.getOutcome() == DataQuery.Outcome.NO_DATA) {
                assertNull(last.getReasonCode());
                return last;
            }
            pause();
        }
        fail(
                "no answer from "
                        + source
                        + " within 20 s; last: "
                        + last.getReasonCode()
                        + " "
                        + last.getReason());
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
