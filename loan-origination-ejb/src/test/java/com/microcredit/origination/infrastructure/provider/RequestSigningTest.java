package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestSigningTest {

    /** The test vector of docs/providers.md ("Signing"); the simulator's test checks it too. */
    private static final byte[] KEY =
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final String BODY = "{\"requestId\":\"r-1\"}";

    @Test
    void theDocumentedTestVectorSignsAsPublished() {
        String digest = RequestSigning.sha256(BODY);
        assertEquals("7b94ae8c02746b5c9d442c3cd57a8c4f47c0ddc83f465f9a24ee9dfce3c20ebc", digest);
        String text =
                RequestSigning.requestText(
                        "POST",
                        "/v1/sources/TAX/queries",
                        "2026-12-07T06:00:00Z",
                        "00112233445566778899aabbccddeeff",
                        digest,
                        "mcrc");
        assertEquals(
                "POST\n/v1/sources/TAX/queries\n2026-12-07T06:00:00Z\n"
                        + "00112233445566778899aabbccddeeff\n"
                        + digest
                        + "\nmcrc",
                text);
        assertEquals(
                "1qwgrYsafQKdnI7wjt3AN53lMuEo3eLlu1mmBX5hLT8=", RequestSigning.sign(KEY, text));
    }

    @Test
    void aSignatureVerifiesOnlyForItsTextAndKey() {
        String text = RequestSigning.answerText(200, "r-1", "n-1", "2026-12-07T06:00:01Z", "d");
        String signature = RequestSigning.sign(KEY, text);
        assertTrue(RequestSigning.verify(KEY, text, signature));
        assertFalse(RequestSigning.verify(KEY, text.replace("r-1", "r-2"), signature));
        assertFalse(RequestSigning.verify(new byte[32], text, signature));
        assertFalse(RequestSigning.verify(KEY, text, null));
    }

    @Test
    void everyAttemptHasItsOwnNonceSoTheSameQueryNeverSignsTheSame() {
        String a = RequestSigning.requestText("POST", "/p", "t", "n1", "d", "mcrc");
        String b = RequestSigning.requestText("POST", "/p", "t", "n2", "d", "mcrc");
        assertFalse(RequestSigning.sign(KEY, a).equals(RequestSigning.sign(KEY, b)));
    }
}
