package com.microcredit.web.api;

import java.util.List;
import java.util.Locale;

/**
 * The language of the API's error messages, from the request's Accept-Language: English when the
 * caller prefers it to Chinese, Simplified Chinese otherwise (also without the header).
 */
final class ApiLanguage {

    private ApiLanguage() {}

    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (range.getWeight() <= 0) {
                continue;
            }
            if (tag.startsWith("zh") || tag.equals("*")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (tag.startsWith("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
