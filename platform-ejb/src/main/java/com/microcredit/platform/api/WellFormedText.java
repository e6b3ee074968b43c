package com.microcredit.platform.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * The rule that every text of an inbound message is well-formed Unicode, part of the field rules of
 * {@link JsonFields}: a lone UTF-16 surrogate is refused like invalid UTF-8. Immutable; a library
 * of the platform's client jar.
 */
public final class WellFormedText {

    private WellFormedText() {}

    /**
     * Refuses the message when any name or string value in it, however deep, holds a lone UTF-16
     * surrogate (U+D800 to U+DFFF without its pair, sent as such or as a {@code \uD800} escape):
     * such a text is no Unicode text, no column can store it, and it is refused like invalid UTF-8
     * – with the reason {@code INVALID_CHARACTER} and the field as its argument (and the business
     * key when it is itself well-formed).
     */
    public static void require(JsonObject json, String businessKey) throws InvalidMessageException {
        String field = illFormed(json, "");
        if (field != null) {
            throw new InvalidMessageException(
                    businessKey != null && loneSurrogateAt(businessKey) < 0 ? businessKey : null,
                    InboundReason.INVALID_CHARACTER,
                    field);
        }
    }

    /** The path of the first name or text with a lone surrogate under value, or null. */
    private static String illFormed(JsonValue value, String path) {
        if (value instanceof JsonString s) {
            return loneSurrogateAt(s.getString()) >= 0 ? path : null;
        }
        if (value instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                String name = e.getKey();
                String at = path.isEmpty() ? name : path + "." + name;
                if (loneSurrogateAt(name) >= 0) {
                    return path.isEmpty() ? "(a field name)" : path + ".(a field name)";
                }
                String found = illFormed(e.getValue(), at);
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                String found = illFormed(a.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The index of the first lone surrogate in the text, or -1 when it is well-formed. */
    public static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
