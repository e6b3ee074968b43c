package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal code the main sources of all modules raise with a literal code (the four context
 * API refusals, the domain's FieldRefusal, ApprovalRefusal and ApplicationStateException) reads in
 * both languages: each upper-case literal of such a call is a key {@code refusal.<code>} or, for an
 * argument such as a record kind, {@code refusal.arg.<arg>}. A code the bundles lack would reach a
 * page raw.
 */
class RefusalCodesTest {

    private static final Pattern CALL =
            Pattern.compile(
                    "new (?:InvalidInputException|DecisionRefusedException|ChangeRefusedException"
                        + "|SupplyChainRefusedException|FieldRefusal|ApprovalRefusal|FinancingRefusedException"
                        + "|ApplicationStateException|ListRefusedException)"
                        + "\\(((?:[^()\"]|\"[^\"]*\"|\\((?:[^()\"]|\"[^\"]*\")*\\))*)\\)");

    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

    @Test
    void everyRaisedCodeAndArgumentKeyIsInBothBundles() throws IOException {
        Set<String> literals = literals(Path.of("..").toAbsolutePath().normalize());
        assertTrue(literals.size() > 50, "the scan found the codes: " + literals);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(
                            Refusals.BUNDLE, locale, RefusalCodesTest.class.getClassLoader());
            Set<String> missing = new TreeSet<>();
            for (String literal : literals) {
                if (!bundle.containsKey("refusal." + literal)
                        && !bundle.containsKey("refusal.arg." + literal)) {
                    missing.add(literal);
                }
            }
            assertEquals(Set.of(), missing, "refusal codes without a text in " + locale);
        }
    }

    private static Set<String> literals(Path root) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> p.toString().contains("/src/main/java/"))
                            .filter(p -> !p.toString().contains("/target/"))
                            .toList()) {
                Matcher call = CALL.matcher(Files.readString(file));
                while (call.find()) {
                    Matcher code = CODE.matcher(call.group(1));
                    while (code.find()) {
                        found.add(code.group(1));
                    }
                }
            }
        }
        return found;
    }
}
