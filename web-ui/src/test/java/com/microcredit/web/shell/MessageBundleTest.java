package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Values that are the same in both languages on purpose: acronyms and codes a Chinese reader
     * reads as they are (PD, LGD, AUC, KS, IV, PSI, WOE, CNY…), the language names of the switch,
     * and texts made only of placeholders and punctuation. Everything else is translated.
     */
    private static final Set<String> SAME_IN_BOTH =
            Set.of(
                    "AUC", "KS", "IV", "PSI", "WOE", "PD", "LGD", "CNY", "CSV", "JSON", "ARFF",
                    "ID", "English", "中文");

    @Test
    void noChineseValueIsTheEnglishOneExceptAcronymsOnTheAllowList() throws IOException {
        Properties en = properties("messages.properties");
        Properties zh = properties("messages_zh_CN.properties");
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String english = en.getProperty(key).strip();
            String chinese = zh.getProperty(key, "").strip();
            if (chinese.equals(english)
                    && !SAME_IN_BOTH.contains(english)
                    && !onlySymbols(english)) {
                untranslated.add(key + "=" + english);
            }
        }
        assertEquals(List.of(), untranslated, "values left in English in the Chinese bundle");
    }

    @Test
    void noChineseValueIsMadeOfEnglishWords() throws IOException {
        Properties zh = properties("messages_zh_CN.properties");
        List<String> latin = new ArrayList<>();
        for (String key : new TreeSet<>(zh.stringPropertyNames())) {
            String chinese = zh.getProperty(key);
            if (!chinese.isBlank()
                    && !chinese.codePoints().anyMatch(MessageBundleTest::isHan)
                    && !SAME_IN_BOTH.contains(chinese.strip())
                    && !onlySymbols(chinese)) {
                latin.add(key + "=" + chinese);
            }
        }
        assertEquals(List.of(), latin, "Chinese values without a Chinese character");
    }

    /** Placeholders ({0}), digits, signs and punctuation only: nothing to translate. */
    private static boolean onlySymbols(String value) {
        return value.replaceAll("\\{\\d+}", "")
                .replaceAll("[\\p{Punct}\\p{Sc}\\d\\s×–—·：，。（）%；、]", "")
                .isEmpty();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(properties(file).stringPropertyNames());
    }

    private static Properties properties(String file) throws IOException {
        Properties p = new Properties();
        try (var in = MessageBundleTest.class.getResourceAsStream("/com/microcredit/web/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
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
