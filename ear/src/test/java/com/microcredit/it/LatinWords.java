package com.microcredit.it;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin words a Chinese reader should not meet on a page (issue 26): every run of letters and
 * digits (joined by - . _) that holds a Latin letter, unless it is a true acronym, a reference or
 * identifier the bank writes in Latin letters, or a staff login name. The allow-list is here,
 * explicit, so that adding to it is a visible decision.
 */
final class LatinWords {

    /** Acronyms a Chinese bank's staff read as they are. */
    static final Set<String> ACRONYMS =
            Set.of(
                    "CNY", "PD", "LGD", "EAD", "AUC", "KS", "IV", "PSI", "NPL", "WOE", "PDO", "ID",
                    "CSV", "JSON", "ARFF", "API", "REST", "JMS", "SQL", "URL", "HTTP", "HTTPS",
                    "PDF", "VAT", "SME", "UTC");

    /**
     * Words that are names, not English: the language switch names each language in itself; a risk
     * model's proper name; the variables of the ceiling formula (A × L / (PD × LGD)); the nightly
     * job's name as the Admin Center lists it.
     */
    static final Set<String> NAMES =
            Set.of("English", "Vasicek", "Gini", "A", "L", "C", "nightly-portfolio");

    /**
     * The demo staff's login names, shown as the actor of what they did (identifiers); {@code
     * generator} prepared the generated book's loans.
     */
    static final Set<String> LOGIN_NAMES =
            Set.of(
                    "staff",
                    "manager",
                    "manager2",
                    "officer",
                    "risk",
                    "risk2",
                    "auditor",
                    "admin",
                    "corebanking",
                    "mcrc-system",
                    "system",
                    "generator");

    /**
     * The trade-file format's own field names and values, shown on the import page as a sample a
     * hub's file must follow (literal, like a column heading of the file).
     */
    static final Set<String> TRADE_FILE_FORMAT =
            Set.of(
                    "documentNumber",
                    "amount",
                    "currency",
                    "hubConfirmed",
                    "kind",
                    "memberId",
                    "tradeDate",
                    "INVOICE",
                    "true",
                    "false");

    /**
     * Column names a scorecard's data set must use (the training page names two as examples): the
     * data gateway's fact names, identifiers.
     */
    static final Set<String> DATA_SET_COLUMNS = Set.of("TAX_MONTHS", "CREDIT_PAST_DUE_NOW");

    /**
     * What other integration tests type into names and reasons (they run before the tour, on the
     * same database): people's own words are shown as typed, in whatever language they were typed.
     * Only these phrases and the random fragments tests append to names (it-2566359b,
     * 测试供应商e2b0653e-0, SC-A-ce4af35c-8ce) are let through.
     */
    static final List<String> OTHER_TESTS_PHRASES =
            List.of(
                    "IT household",
                    "IT manager",
                    "Court case settled, suppliers paid",
                    "withdrawn by the borrower");

    private static final Pattern OTHER_TESTS_FRAGMENT =
            Pattern.compile("(?:[A-Za-z]+-)*(?=[0-9a-f]*[0-9])[0-9a-f]{6,}(?:-[0-9a-f]+)*");

    /**
     * References and identifiers in the form the bank uses them: application references (LA3098),
     * references with a prefix and a number (HZ-001 account managers, DEMO-BL-1 loans, INV-2026-7
     * invoices), industry codes (C22, beside their Chinese name), unified social credit codes, the
     * names of the queues inbound messages came from.
     */
    static final List<Pattern> REFERENCES =
            List.of(
                    Pattern.compile("LA\\d+"),
                    Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d+"),
                    Pattern.compile("[A-T]\\d{2,4}"),
                    Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}"),
                    // the queues core banking's messages arrive on (mcrc.inbound.EndOfDayBalance)
                    Pattern.compile("mcrc(\\.[A-Za-z]+)+"));

    /** Masked numbers (9133********2P, 138****5678): not words, whatever letters they keep. */
    private static final Pattern MASKED = Pattern.compile("[0-9A-Za-z]*\\*+[0-9A-Za-z*]*");

    private static final Pattern WORD =
            Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*");

    private LatinWords() {}

    /** The words in the text outside the allow-list, sorted, each once. */
    static Set<String> in(String text) {
        return withContext(text).keySet();
    }

    /** Each word outside the allow-list with the text around its first occurrence. */
    static Map<String, String> withContext(String text) {
        String t = MASKED.matcher(text == null ? "" : text).replaceAll(" ");
        for (String phrase : OTHER_TESTS_PHRASES) {
            t = t.replace(phrase, " ");
        }
        Map<String, String> found = new TreeMap<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            if (!allowed(w) && !found.containsKey(w)) {
                found.put(
                        w,
                        t.substring(Math.max(0, m.start() - 20), Math.min(t.length(), m.end() + 20))
                                .replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    static boolean allowed(String word) {
        String w = word.replaceAll("[.]+$", "");
        return ACRONYMS.contains(w)
                || NAMES.contains(w)
                || LOGIN_NAMES.contains(w)
                || TRADE_FILE_FORMAT.contains(w)
                || DATA_SET_COLUMNS.contains(w)
                || OTHER_TESTS_FRAGMENT.matcher(w).matches()
                || REFERENCES.stream().anyMatch(p -> p.matcher(w).matches());
    }
}
