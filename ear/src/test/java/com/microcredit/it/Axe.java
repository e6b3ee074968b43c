package com.microcredit.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core in the page under test: injects the pinned axe.min.js (fetched at build time, see
 * ear/pom.xml) and runs the WCAG 2.1 A and AA rules; answers the serious and critical violations as
 * one line each (rule, impact, what it means, where).
 */
final class Axe {

    private static final Path SCRIPT =
            Path.of(System.getProperty("mcrc.axe", "target/axe-core/package/axe.min.js"));

    private static String source;

    private Axe() {}

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new IllegalStateException(
                        SCRIPT + " is missing: the build fetches axe-core with npm (bin/test)");
            }
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** The serious and critical WCAG 2.1 AA violations on the page as it stands. */
    @SuppressWarnings("unchecked") // the script answers JSON-like maps and lists
    static List<String> seriousViolations(BrowserSession s, String page) {
        JavascriptExecutor js = (JavascriptExecutor) s.browser;
        js.executeScript(source());
        Object result =
                js.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values:"
                                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                + ".then(function (r) { done(r.violations.map(function (v) {"
                                + " return {id: v.id, impact: v.impact, help: v.help,"
                                + " nodes: v.nodes.slice(0, 5).map(function (n) {"
                                + " return n.target.join(' ') + (n.failureSummary ? ' – '"
                                + " + n.failureSummary.replace(/\\s+/g, ' ') : ''); })}; })); })"
                                + ".catch(function (e) { done([{id: 'axe-error', impact:"
                                + " 'critical', help: String(e), nodes: []}]); });");
        List<String> serious = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            String impact = String.valueOf(v.get("impact"));
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(
                        page
                                + ": "
                                + v.get("id")
                                + " ("
                                + impact
                                + ") "
                                + v.get("help")
                                + " "
                                + v.get("nodes"));
            }
        }
        return serious;
    }
}
