package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

    private static final String BASE = "com.microcredit.web.messages";

    @Test
    void everyEnglishKeyHasAChineseTranslationAndNoMore() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_zh_CN.properties"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (var in = MessageBundleTest.class.getResourceAsStream("/com/microcredit/web/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void chineseBundleIsReadAsUtf8() {
        assertEquals(
                "首页",
                ResourceBundle.getBundle(BASE, Locale.SIMPLIFIED_CHINESE).getString("nav.home"));
    }

    @Test
    void onlyEnglishAndSimplifiedChineseAreOffered() {
        assertEquals(
                Locale.SIMPLIFIED_CHINESE, LanguageSwitch.supported(Locale.TRADITIONAL_CHINESE));
        assertEquals(Locale.ENGLISH, LanguageSwitch.supported(Locale.FRENCH));
        assertEquals(Locale.ENGLISH, LanguageSwitch.supported(null));
    }
}
