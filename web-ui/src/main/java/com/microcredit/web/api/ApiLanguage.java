package com.microcredit.web.api;

import java.util.List;
import java.util.Locale;

/**
 * The language of the API's error messages, from the request's Accept-Language: English when the
 * caller prefers it to Chinese, Simplified Chinese otherwise (also without the header, or with one
 * that is not well-formed).
 */
final class ApiLanguage {

    private ApiLanguage() {}

    static Locale of(String acceptLanguage) {
        String header = ApiRequestChecks.acceptLanguage(acceptLanguage);
        if (header == null || header.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (RuntimeException e) {
            // The JDK's parser throws more than IllegalArgumentException: "--" made it throw
            // ArrayIndexOutOfBoundsException, a 500 (GeneratedInputIT).
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
