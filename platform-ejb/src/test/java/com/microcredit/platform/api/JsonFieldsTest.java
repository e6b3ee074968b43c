package com.microcredit.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static String posting(String counterparty) {
        return "{\"schemaVersion\":1,\"messageType\":\"RepaymentPosting\",\"postingId\":\"P-1\","
                + "\"note\":\""
                + counterparty
                + "\",\"lines\":[{\"text\":\"ok\"}]}";
    }

    @Test
    void aLoneSurrogateAnywhereIsRefusedNamingTheFieldLikeInvalidUtf8() {
        for (String bad : new String[] {"\\uD800", "a\uD800b", "\uDC00", "x\\uDBFF"}) {
            InvalidMessageException e =
                    assertThrows(
                            InvalidMessageException.class,
                            () -> JsonFields.read(posting(bad), "RepaymentPosting", 1, "postingId"),
                            bad);
            assertEquals(RefusalReason.of(InboundReason.INVALID_CHARACTER, "note"), e.reason());
            assertEquals("P-1", e.businessKey(), "the key travels with the refusal");
        }
    }

    @Test
    void nestedTextsAndTheBusinessKeyItselfAreCheckedToo() throws Exception {
        InvalidMessageException nested =
                assertThrows(
                        InvalidMessageException.class,
                        () ->
                                JsonFields.object(
                                        "{\"id\":\"K\",\"lines\":[{\"t\":\"ok\"},{\"t\":\"\\uDFFF\"}]}",
                                        "id"));
        assertEquals(
                RefusalReason.of(InboundReason.INVALID_CHARACTER, "lines[1].t"), nested.reason());
        InvalidMessageException key =
                assertThrows(
                        InvalidMessageException.class,
                        () -> JsonFields.object("{\"id\":\"K\\uD800\"}", "id"));
        assertNull(key.businessKey(), "an ill-formed key is not kept");
    }

    @Test
    void aWellFormedPairAndOtherTextsPass() throws Exception {
        JsonFields fields =
                JsonFields.read(
                        posting("\uD83D\uDE00 \\uD83D\\uDE00 中文"),
                        "RepaymentPosting",
                        1,
                        "postingId");
        assertEquals("\uD83D\uDE00 \uD83D\uDE00 中文", fields.requiredText("note", 20));
        assertEquals(-1, WellFormedText.loneSurrogateAt("\uD83D\uDE00"));
        assertEquals(1, WellFormedText.loneSurrogateAt("a\uD83Db"));
    }
}
