package com.microcredit.it;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin words a Chinese reader should not meet on a page (issue 26): every run of letters and
 * digits that holds a Latin letter, unless it is a true acronym, a reference or identifier the bank
 * writes in Latin letters, or a staff login name. The allow-list is here, explicit, so that adding
 * to it is a visible decision.
 */
final class LatinWords {

    /** Acronyms a Chinese bank's staff read as they are. */
    static final Set<String> ACRONYMS =
            Set.of(
                    "CNY", "PD", "LGD", "EAD", "AUC", "KS", "IV", "PSI", "NPL", "WOE", "ID", "CSV",
                    "API", "REST", "JMS", "SQL", "URL", "HTTP", "HTTPS", "PDF", "VAT", "SME");

    /** The demo staff's login names, shown as the actor of what they did (identifiers). */
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
                    "mcrc",
                    "system");

    /**
     * References and identifiers in the form the bank uses them: application references (LA3098),
     * unified social credit codes (18 letters and digits), masked numbers (a run with x or *).
     */
    static final List<Pattern> REFERENCES =
            List.of(
                    Pattern.compile("LA\\d+"),
                    Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}"),
                    Pattern.compile("[0-9]*[xX*]+[0-9]*"));

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*");

    private LatinWords() {}

    /** The words in the text outside the allow-list, sorted, each once. */
    static Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            String w = m.group();
            if (!allowed(w)) {
                found.add(w);
            }
        }
        return found;
    }

    static boolean allowed(String word) {
        return ACRONYMS.contains(word)
                || LOGIN_NAMES.contains(word)
                || REFERENCES.stream().anyMatch(p -> p.matcher(word).matches());
    }
}
