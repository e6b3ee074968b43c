package com.microcredit.shared.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text a person reads, kept as a code and its arguments (e.g. {@code HUB_INDICATOR_OVER_THRESHOLD
 * [LATE_PAYMENTS, 0.35, 0.30]}), never as a sentence: pages, exports and the API render it through
 * the bundles in the reader's language, so a stored record reads in the language of whoever opens
 * it later (ADR 0027).
 *
 * <p>Stored form ({@link #stored()}, {@link #storedList}): the code, then each argument preceded by
 * the unit separator U+001F; several texts in one column are joined by the record separator U+001E.
 * A code is upper-case letters, digits, '_' and '.', starting with a letter. Arguments are plain
 * strings; a number is stored as its plain decimal ({@link #number}) and formatted by the reader's
 * locale when rendered; a fraction stays a fraction (0.35, the bundle renders it as a percentage).
 * A blank or missing argument is stored as "-" (Java's trim and strip remove the separators, so the
 * stored form never ends in one). Text stored before codes (free English) does not parse as a code
 * and is shown as it is.
 */
public record CodedText(String code, List<String> arguments) {

    /** Separates a code from its arguments and the arguments from each other. */
    public static final char UNIT = '\u001F';

    /** Separates the texts of a list stored in one column. */
    public static final char RECORD = '\u001E';

    /** The code of free text: its one argument, shown unchanged in every language. */
    public static final String TEXT = "TEXT";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_.]*");

    public CodedText {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a code: " + code);
        }
        arguments =
                arguments.stream()
                        .map(a -> a == null || a.isBlank() ? "-" : a)
                        .map(a -> a.replace(UNIT, ' ').replace(RECORD, ' '))
                        .toList();
    }

    /** A coded text; arguments as {@link String#valueOf} (numbers as plain decimals). */
    public static CodedText of(String code, Object... arguments) {
        List<String> args = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            args.add(
                    a instanceof BigDecimal d
                            ? number(d)
                            : a instanceof List<?> l ? String.join(", ", strings(l)) : string(a));
        }
        return new CodedText(code, args);
    }

    private static String string(Object a) {
        return a == null ? "" : String.valueOf(a);
    }

    private static List<String> strings(List<?> list) {
        return list.stream().map(CodedText::string).toList();
    }

    /** A number as the stored form keeps it: plain decimal, no grouping, no exponent. */
    public static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The stored form: CODE␟arg1␟arg2. */
    public String stored() {
        StringBuilder s = new StringBuilder(code);
        arguments.forEach(a -> s.append(UNIT).append(a));
        return s.toString();
    }

    /** Several texts in one column: their stored forms joined by the record separator. */
    public static String storedList(List<CodedText> texts) {
        return String.join(String.valueOf(RECORD), texts.stream().map(CodedText::stored).toList());
    }

    /**
     * The stored form of a list cut to a column's size: whole texts only (a cut argument would
     * render wrong), at least the first one with its arguments shortened.
     */
    public static String storedList(List<CodedText> texts, int max) {
        List<CodedText> kept = new ArrayList<>(texts);
        while (kept.size() > 1 && storedList(kept).length() > max) {
            kept.remove(kept.size() - 1);
        }
        String s = storedList(kept);
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * The texts of a stored column; an empty list for null or blank; one {@link #plain} text for
     * text stored before codes.
     */
    public static List<CodedText> parseList(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<CodedText> texts = new ArrayList<>();
        for (String item : stored.split(String.valueOf(RECORD), -1)) {
            CodedText t = parseOne(item);
            if (t == null) {
                return List.of(plain(stored));
            }
            texts.add(t);
        }
        return texts;
    }

    /** One stored text; a {@link #plain} text for text stored before codes. */
    public static CodedText parse(String stored) {
        CodedText t = stored == null ? null : parseOne(stored);
        return t == null ? plain(stored) : t;
    }

    private static CodedText parseOne(String item) {
        String[] parts = item.split(String.valueOf(UNIT), -1);
        if (!CODE.matcher(parts[0]).matches()) {
            return null;
        }
        return new CodedText(parts[0], List.of(parts).subList(1, parts.length));
    }

    /**
     * A stored list with texts in front ({@code head}) and after them whatever {@code stored} holds
     * (coded texts, or free text stored before codes, kept as free text), cut to {@code max}.
     */
    public static String prepend(List<CodedText> head, String stored, int max) {
        List<CodedText> all = new ArrayList<>(head);
        all.addAll(parseList(stored));
        return storedList(all, max);
    }

    /**
     * A stored column as one line for logs, exception messages and machine consumers that do not
     * read the bundles: {@code CODE(arg, arg)} per text, free text as it is, joined by "; "; text
     * stored before codes unchanged. Never shown to a person on a page (pages render the bundles).
     */
    public static String readable(String stored) {
        List<String> parts = new ArrayList<>();
        for (CodedText t : parseList(stored)) {
            parts.add(
                    t.isPlain()
                            ? String.join(" ", t.arguments())
                            : t.arguments().isEmpty()
                                    ? t.code()
                                    : t.code() + "(" + String.join(", ", t.arguments()) + ")");
        }
        return String.join("; ", parts);
    }

    /** Free text (a person's own words, or text stored before codes), shown as it is. */
    public static CodedText plain(String text) {
        return new CodedText(TEXT, List.of(text == null ? "" : text));
    }

    /** True for free text ({@link #TEXT}): its one argument is shown as it is. */
    public boolean isPlain() {
        return TEXT.equals(code);
    }
}
