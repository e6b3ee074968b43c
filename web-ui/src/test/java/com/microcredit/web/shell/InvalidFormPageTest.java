package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvalidFormPageTest {

    @Test
    void thePageIsInTheReadersLanguage() {
        String zh = InvalidFormPage.html(Locale.SIMPLIFIED_CHINESE, "/mcrc", "/mcrc/pages/x.xhtml");
        assertTrue(zh.contains("lang=\"zh-CN\"") && zh.contains("表单已失效"), zh);
        String en = InvalidFormPage.html(Locale.ENGLISH, "/mcrc", "/mcrc/pages/x.xhtml");
        assertTrue(en.contains("lang=\"en\"") && en.contains("no longer valid"), en);
        assertTrue(en.contains("href=\"/mcrc/pages/x.xhtml\""), en);
    }

    @Test
    void theReloadAddressIsEscaped() {
        String page =
                InvalidFormPage.html(
                        Locale.ENGLISH,
                        "/mcrc",
                        "/mcrc/pages/x.xhtml?a=\"><script>alert(1)</script>");
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&quot;&gt;&lt;script&gt;"), page);
    }
}
