package com.microcredit.web.shell;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Renders coded texts in a language (ADR 0027). Services hand pages the stored form of the domain's
 * {@code CodedText} (web-ui sees no domain types): {@code CODE␟arg1␟arg2}, several texts joined by
 * ␞ (U+001F unit and U+001E record separators); this class reads that form.
 *
 * <p>A text renders by the bundle key {@code coded.<CODE>} with {@link MessageFormat} in the
 * locale. An argument the pattern formats as a number (e.g. {@code {1,number,#0.00%}}) is passed as
 * a number, so digits and percentages follow the reader's locale; an argument with a key {@code
 * coded.arg.<argument>} or a label of its family ({@code hub.status.}, {@code source.}, {@code
 * reason.}…) is rendered by it (e.g. LATE_PAYMENTS, DISTRESSED); free text (code {@code TEXT}) and
 * text stored before codes are shown as they are; the code of a service's refusal, which an inbound
 * message's stored reason may hold (ADR 0030), renders by its {@code refusal.<CODE>} text ({@link
 * Refusals}); a code the bundle lacks shows as the code and its arguments (a test keeps every code
 * the domain emits in both bundles).
 */
public final class CodedTexts {

    private static final String UNIT = "\u001F";
    private static final String RECORD = "\u001E";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_.]*");

    /** Where an argument that is a code finds its label, in this order. */
    private static final List<String> LABEL_FAMILIES =
            List.of(
                    "coded.arg.",
                    "hub.status.",
                    "source.",
                    "chain.role.",
                    "visit.assessment.",
                    "indicator.",
                    "change.status.",
                    "category.",
                    "level.",
                    "reason.",
                    "application.status.",
                    "consent.purpose.",
                    "borrower.kind.",
                    "limit.type.",
                    "action.",
                    "signal.status.",
                    "alerts.kind.",
                    "recheck.condition.");

    private CodedTexts() {}

    /** A stored text, or several joined by ␞, in the locale; "" for null. */
    public static String render(Locale locale, String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        ResourceBundle bundle =
                ResourceBundle.getBundle(
                        Refusals.BUNDLE, locale, CodedTexts.class.getClassLoader());
        List<String[]> texts = new ArrayList<>();
        for (String item : stored.split(RECORD, -1)) {
            String[] parts = item.split(UNIT, -1);
            if (!CODE.matcher(parts[0]).matches()) {
                return stored; // text stored before codes: shown as it is
            }
            texts.add(parts);
        }
        String separator =
                bundle.containsKey("coded.separator") ? bundle.getString("coded.separator") : "; ";
        List<String> rendered = new ArrayList<>();
        for (String[] t : texts) {
            rendered.add(render(bundle, locale, t[0], Arrays.asList(t).subList(1, t.length)));
        }
        return String.join(separator, rendered);
    }

    /** One code with its arguments in the locale. */
    public static String render(Locale locale, String code, List<String> arguments) {
        return render(
                ResourceBundle.getBundle(
                        Refusals.BUNDLE, locale, CodedTexts.class.getClassLoader()),
                locale,
                code,
                arguments);
    }

    private static String render(
            ResourceBundle bundle, Locale locale, String code, List<String> args) {
        if ("TEXT".equals(code)) {
            return String.join(" ", args);
        }
        String key = "coded." + code;
        if (!bundle.containsKey(key)) {
            if (bundle.containsKey("refusal." + code)) {
                return Refusals.text(locale, code, args); // a service's refusal, stored (ADR 0030)
            }
            return args.isEmpty() ? code : code + " (" + String.join(", ", args) + ")";
        }
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            boolean numeric = i < formats.length && formats[i] instanceof NumberFormat;
            values[i] = numeric ? number(args.get(i)) : argument(bundle, args.get(i));
            if (numeric && values[i] instanceof String) {
                format.setFormatByArgumentIndex(i, null); // "-" (unknown) where a number was due
            }
        }
        try {
            return format.format(values);
        } catch (IllegalArgumentException e) {
            return code + " (" + String.join(", ", args) + ")"; // a number that was not one
        }
    }

    private static Object number(String argument) {
        try {
            return new BigDecimal(argument.strip());
        } catch (NumberFormatException e) {
            return argument;
        }
    }

    /**
     * An argument in the bundle's language: its label when one of the label families has it (a
     * status, a data source, a reason code…), each item of a comma-separated list of such codes
     * likewise, else the argument as it is (a name, a date, an id).
     */
    private static String argument(ResourceBundle bundle, String argument) {
        String own = label(bundle, argument);
        if (own != null || !argument.contains(", ")) {
            return own == null ? argument : own;
        }
        List<String> items = new ArrayList<>();
        for (String item : argument.split(", ")) {
            String label = label(bundle, item);
            items.add(label == null ? item : label);
        }
        String separator =
                bundle.containsKey("coded.listSeparator")
                        ? bundle.getString("coded.listSeparator")
                        : ", ";
        return String.join(separator, items);
    }

    private static String label(ResourceBundle bundle, String code) {
        if (!CODE.matcher(code).matches()) {
            // a fixed lower-case word of the stored forms, e.g. the origin "server"
            return bundle.containsKey("coded.arg." + code)
                    ? bundle.getString("coded.arg." + code)
                    : null;
        }
        for (String family : LABEL_FAMILIES) {
            if (bundle.containsKey(family + code)) {
                return bundle.getString(family + code);
            }
        }
        return null;
    }
}
