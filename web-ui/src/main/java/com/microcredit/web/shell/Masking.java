package com.microcredit.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The shared masking component for pages, reports and exports: {@code converter="mcrc.mask"} on any
 * output shows an identity, phone or account number masked, whatever page shows it (the services
 * already return masked values; this is for pages other issues add and for values that arrive
 * unmasked from elsewhere). Output only: it never converts input back.
 *
 * <ul>
 *   <li>18-character resident ID or unified social credit code: first two and last two kept;
 *   <li>11-digit mobile number (1xxxxxxxxxx): first three and last four kept;
 *   <li>other numbers of 10 to 34 digits (accounts, cards): last four kept;
 *   <li>anything else of four characters or more: first and last character kept.
 * </ul>
 */
@FacesConverter("mcrc.mask")
public class Masking implements Converter<Object> {

    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        if (v.length() == 18 && v.matches("[0-9A-Z]{17}[0-9A-Z]")) {
            return keep(v, 2, 2);
        }
        if (v.matches("1\\d{10}")) {
            return keep(v, 3, 4);
        }
        if (v.matches("\\d{10,34}")) {
            return keep(v, 0, 4);
        }
        return v.length() < 4 ? "*".repeat(v.length()) : keep(v, 1, 1);
    }

    /**
     * A free text (a refusal reason, a message key) with every identity, mobile or account number
     * in it masked as {@link #mask} would: runs of 10 to 34 digits, and 18-character identity
     * numbers (17 digits or capitals and a check character). The rest of the text is kept as it is.
     */
    public static String maskNumbersIn(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return NUMBERS.matcher(text)
                .replaceAll(
                        m ->
                                java.util.regex.Matcher.quoteReplacement(
                                        isAmount(text, m.start()) ? m.group() : mask(m.group())));
    }

    /**
     * Whether the number starting here is an amount of money rather than an account number: the
     * word before it names an amount (amount, balance, principal, interest, the plausibility
     * maximum, or "was" after a refused amount), as the refusals of core banking's messages do.
     */
    private static boolean isAmount(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        return AMOUNT_BEFORE.matcher(before).find();
    }

    private static final java.util.regex.Pattern AMOUNT_BEFORE =
            java.util.regex.Pattern.compile(
                    "(?i)(amount|balance|principal|interest|maximum|was)[\\s:=\"]*-?$");

    private static final java.util.regex.Pattern NUMBERS =
            java.util.regex.Pattern.compile(
                    // an 18-character code with at least eight digits (not a long word in
                    // capitals), or 10-34 digits
                    "(?<![0-9A-Za-z])(?<![0-9]\\.)(?:(?=(?:[A-Z]*[0-9]){8})[0-9A-Z]{18}|[0-9]{10,34})(?![0-9A-Za-z]|\\.[0-9])");

    private static String keep(String v, int start, int end) {
        return v.substring(0, start)
                + "*".repeat(v.length() - start - end)
                + v.substring(v.length() - end);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value == null ? "" : mask(String.valueOf(value));
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("masked values are shown, never read back");
    }
}
