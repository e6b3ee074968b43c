package com.microcredit.platform.api;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal's text for readers outside the application's pages: the copy on the exception
 * destination ({@code mcrcReason}) and the decision reply's {@code reason}, in the language the
 * bank configures ({@code mcrc.inbound.reason-language}, Chinese by default). The texts are the
 * pages' own ({@code coded.<CODE>}, kept equal to web-ui's bundles by a test); a code of a
 * service's refusal, which only the pages' bundles know, reads as {@code CODE(arg, …)}. Programs
 * read the code and arguments, which travel beside this text (docs/messages.md). A library of the
 * platform's client jar.
 */
public final class InboundReasonTexts {

    static final String BUNDLE = "com.microcredit.platform.api.InboundReasons";

    private InboundReasonTexts() {}

    /** The language tag a setting names (e.g. {@code zh-CN}, {@code en}); Chinese when blank. */
    public static Locale language(String tag) {
        return tag == null || tag.isBlank()
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(tag.strip());
    }

    /** The reason, and the field it concerns when it has one, in the locale. */
    public static String render(RefusalReason reason, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String text = text(bundle, locale, reason.code(), reason.arguments());
        return reason.field() == null
                ? text
                : text
                        + bundle.getString("coded.separator")
                        + text(
                                bundle,
                                locale,
                                InboundReason.INBOUND_FIELD.name(),
                                List.of(reason.field()));
    }

    /** The texts of the locale; English for any language without its own (never the JVM's). */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                InboundReasonTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(
            ResourceBundle bundle, Locale locale, String code, List<String> arguments) {
        String key = "coded." + code;
        if (!bundle.containsKey(key)) {
            return arguments.isEmpty() ? code : code + "(" + String.join(", ", arguments) + ")";
        }
        return new MessageFormat(bundle.getString(key), locale)
                .format(new ArrayList<Object>(arguments).toArray());
    }
}
