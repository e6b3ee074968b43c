package com.microcredit.web.shell;

import com.microcredit.platform.api.CodedRefusal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Refusal codes rendered in a language: bundle key {@code refusal.<code>} with the code's arguments
 * (an argument that is itself a key {@code refusal.arg.<argument>} is rendered too, e.g. the
 * expected type of WRONG_TYPE). Pages and the REST API render refusals here; every refusal has a
 * code.
 */
public final class Refusals {

    static final String BUNDLE = "com.microcredit.web.messages";

    private Refusals() {}

    /** The refusal's text in the locale; the code itself when the bundle lacks it. */
    public static String text(Locale locale, String code, List<String> arguments) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, locale, Refusals.class.getClassLoader());
        if (!bundle.containsKey("refusal." + code)) {
            return code;
        }
        Object[] rendered =
                arguments.stream()
                        .map(
                                a ->
                                        bundle.containsKey("refusal.arg." + a)
                                                ? bundle.getString("refusal.arg." + a)
                                                : a)
                        .toArray();
        return new MessageFormat(bundle.getString("refusal." + code), locale).format(rendered);
    }

    /** A service's refusal (any {@link CodedRefusal}) in the locale: its code rendered. */
    public static String of(CodedRefusal e, Locale locale) {
        return text(locale, e.code(), e.arguments());
    }

    /**
     * A refusal as the API words it: "field: reason" when it concerns a field, the code's text
     * otherwise.
     */
    public static String withField(CodedRefusal e, Locale locale) {
        String text = of(e, locale);
        return e.field() == null ? text : bundleText(locale, "api.field", e.field(), text);
    }

    /** Any bundle text of the web module in the locale; the key itself when it is missing. */
    public static String bundleText(Locale locale, String key, Object... arguments) {
        try {
            String pattern =
                    ResourceBundle.getBundle(BUNDLE, locale, Refusals.class.getClassLoader())
                            .getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
