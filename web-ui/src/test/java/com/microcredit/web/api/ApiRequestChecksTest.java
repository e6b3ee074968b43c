package com.microcredit.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The request checks GeneratedInputIT called for (media types need the server's runtime). */
class ApiRequestChecksTest {

    @Test
    void aMalformedAcceptLanguageIsIgnoredNeverAFailure() {
        for (String bad : new String[] {"--", "*;q=2", "zh-CN;q=abc", "en-GB,;;;,", "\u0001", ""}) {
            assertNull(ApiRequestChecks.acceptLanguage(bad), bad);
            assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLanguage.of(bad), bad);
        }
        assertNull(ApiRequestChecks.acceptLanguage("x".repeat(5000)));
        assertEquals("en-GB,en;q=0.9", ApiRequestChecks.acceptLanguage("en-GB,en;q=0.9"));
        assertEquals(Locale.ENGLISH, ApiLanguage.of("en-GB,en;q=0.9"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLanguage.of("zh-CN, en;q=0.5, *;q=0"));
    }

    @Test
    void percentEscapesMustBeUtf8() {
        assertEquals(
                "/mcrc/api/borrowers/ 1", ApiRequestChecks.decoded("/mcrc/api/borrowers/%201"));
        assertEquals("名", ApiRequestChecks.decoded("%E5%90%8D"));
        assertNull(ApiRequestChecks.decoded("%ED%A0%80"), "an escaped lone surrogate");
        assertNull(ApiRequestChecks.decoded("%C3("));
        assertNull(ApiRequestChecks.decoded("%zz"));
        assertNull(ApiRequestChecks.decoded("abc%4"));
    }

    @Test
    void anUndecodablePathOrQueryIsA400NamingThePathOrTheParameter() {
        ApiError path =
                ApiRequestChecks.refusal(
                        null, null, "/mcrc/api/borrowers/%ED%A0%80", null, Locale.ENGLISH);
        assertEquals(400, path.status());
        assertEquals("path", path.field());
        assertEquals("NOT_UTF8", path.reason());
        ApiError query =
                ApiRequestChecks.refusal(
                        null,
                        null,
                        "/mcrc/api/borrowers",
                        "limit=5&name=%ED%A0%80",
                        Locale.ENGLISH);
        assertEquals("name", query.field());
        assertNull(
                ApiRequestChecks.refusal(
                        null,
                        null,
                        "/mcrc/api/borrowers",
                        "name=%E5%90%8D&limit=5",
                        Locale.ENGLISH));
    }
}
