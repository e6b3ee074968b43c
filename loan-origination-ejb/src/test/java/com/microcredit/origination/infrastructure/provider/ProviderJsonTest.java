package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.application.DataSourceAdapter.SourceRequest;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.scoring.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProviderJsonTest {

    private static final String SUBJECT = "91330106MA2H00001X";
    private final ProviderQuery query =
            new ProviderQuery(Provider.GOVERNMENT_PLATFORM, DataSource.TAX, "r-1", SUBJECT, "{}");

    private static String answer(String requestId, String nonce, String source, String subject) {
        return "{\"requestId\":\""
                + requestId
                + "\",\"nonce\":\""
                + nonce
                + "\",\"source\":\""
                + source
                + "\",\"subject\":\""
                + subject
                + "\",\"asOf\":\"2026-12-06\",\"facts\":["
                + "{\"recordId\":\"TAX-1-2026-11\",\"period\":\"2026-11\",\"metric\":\"PAID\","
                + "\"amount\":\"9000.00\"},"
                + "{\"recordId\":\"TAX-1-2026-10\",\"period\":\"2026-10\",\"metric\":\"PAID\","
                + "\"amount\":8500}]}";
    }

    @Test
    void theRequestCarriesTheConsentReferencePurposeSubjectAndCase() {
        String json =
                ProviderJson.request(
                        "r-1",
                        new SourceRequest(
                                DataSource.TAX,
                                7,
                                SUBJECT,
                                LocalDate.of(2026, 12, 7),
                                ConsentPurpose.CREDIT_ASSESSMENT,
                                "AUTH-2026-001",
                                "LA1001"),
                        "mcrc");
        assertTrue(json.contains("\"consent\":{\"reference\":\"AUTH-2026-001\"}"), json);
        assertTrue(json.contains("\"purpose\":\"CREDIT_ASSESSMENT\""), json);
        assertTrue(json.contains("\"identityNumber\":\"" + SUBJECT + "\""), json);
        assertTrue(json.contains("\"caseReference\":\"LA1001\""), json);
        assertTrue(json.contains("\"asOf\":\"2026-12-07\""), json);
    }

    @Test
    void anAnswerThatEchoesItsRequestGivesFactsRecordIdsAndAsOf() {
        ProviderJson.Checked c =
                ProviderJson.check(answer("r-1", "n-1", "TAX", SUBJECT), query, "n-1");
        assertEquals(2, c.facts().size());
        assertEquals(LocalDate.of(2026, 11, 1), c.facts().get(0).period());
        assertEquals(new BigDecimal("8500"), c.facts().get(1).amount());
        assertEquals(java.util.List.of("TAX-1-2026-11", "TAX-1-2026-10"), c.recordIds());
        assertEquals(LocalDate.of(2026, 12, 6), c.asOf());
    }

    @Test
    void anAnswerToAnotherRequestAttemptSourceOrSubjectIsAMismatch() {
        for (String body :
                new String[] {
                    answer("r-2", "n-1", "TAX", SUBJECT),
                    answer("r-1", "n-0", "TAX", SUBJECT),
                    answer("r-1", "n-1", "COURTS", SUBJECT),
                    answer("r-1", "n-1", "TAX", "110101199001011234")
                }) {
            ProviderFailure f =
                    assertThrows(
                            ProviderFailure.class, () -> ProviderJson.check(body, query, "n-1"));
            assertEquals(ProviderJson.MISMATCH, f.code(), body);
        }
    }

    @Test
    void aBodyThatIsNotTheContractsJsonIsMalformed() {
        for (String body :
                new String[] {
                    "<html>gateway error</html>",
                    "",
                    "[]",
                    answer("r-1", "n-1", "TAX", SUBJECT).replace("\"2026-11\"", "\"last month\""),
                    answer("r-1", "n-1", "TAX", SUBJECT).replace("\"PAID\"", "\"paid|x\""),
                    answer("r-1", "n-1", "TAX", SUBJECT).replace(",\"asOf\":\"2026-12-06\"", ""),
                    answer("r-1", "n-1", "TAX", SUBJECT).replace("\"9000.00\"", "\"lots\"")
                }) {
            ProviderFailure f =
                    assertThrows(
                            ProviderFailure.class, () -> ProviderJson.check(body, query, "n-1"));
            assertEquals(ProviderJson.MALFORMED, f.code(), body);
        }
    }

    @Test
    void theErrorCodeOfARefusalIsRead() {
        assertEquals(
                "REPLAYED",
                ProviderJson.errorCode("{\"error\":{\"code\":\"REPLAYED\",\"message\":\"x\"}}"));
        assertEquals(null, ProviderJson.errorCode("not json"));
    }

    @Test
    void aFailedCallIsChargedOnlyWhenTheProviderGotItAndGaveNoUsableAnswer() {
        assertEquals("FAILED_CALL", ProviderRequests.costRule(ProviderCall.TIMEOUT, true, 1));
        assertEquals("FAILED_CALL", ProviderRequests.costRule(ProviderJson.MALFORMED, true, 1));
        assertEquals("NOT_CHARGED", ProviderRequests.costRule(ProviderCall.ERROR, true, 2));
        assertEquals("NOT_CHARGED", ProviderRequests.costRule(ProviderCall.THROTTLED, true, 1));
        assertEquals("NOT_SENT", ProviderRequests.costRule(ProviderCall.TLS, false, 1));
        assertEquals("NOT_SENT", ProviderRequests.costRule(ProviderStates.CIRCUIT_OPEN, false, 0));
    }
}
