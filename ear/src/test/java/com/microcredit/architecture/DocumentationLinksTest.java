package com.microcredit.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README, the module READMEs, the ADRs and the other documents under {@code docs/} point only
 * to files that exist: every relative Markdown link, and every path in backticks that names a file
 * of the repository (a path with a folder and a file extension), resolved against the document's
 * own folder or the repository root.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)]*)?\\)");
    private static final Pattern CODE_PATH =
            Pattern.compile(
                    "`((?:\\.\\./)*[\\w.-]+(?:/[\\w.-]+)+\\.(?:md|java|xml|sql|properties|xhtml|csv|json|sh|tsv))`");

    private static final Pattern DOCUMENT_PATH = Pattern.compile("\\b(docs/[\\w/.-]+\\.md)\\b");
    private static final java.util.function.Predicate<Path> SOURCE_FILE =
            p -> p.toString().matches(".*\\.(java|properties|xml|xhtml|sql)$");

    @Test
    void everyLinkedFileExists() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc);
            check(doc, LINK.matcher(text), broken, true);
            check(doc, CODE_PATH.matcher(text), broken, false);
        }
        assertTrue(
                broken.isEmpty(),
                "links to files that do not exist:\n" + String.join("\n", broken));
    }

    /** Source comments and configuration files point to documents by their path from the root. */
    @Test
    void everyDocumentNamedInTheSourcesExists() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path source :
                    walk.filter(p -> p.toString().contains("/src/"))
                            .filter(p -> !p.toString().contains("/target/"))
                            .filter(SOURCE_FILE::test)
                            .toList()) {
                Matcher m = DOCUMENT_PATH.matcher(Files.readString(source));
                while (m.find()) {
                    if (!Files.exists(ROOT.resolve(m.group(1)))) {
                        broken.add(ROOT.relativize(source) + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "documents that do not exist:\n" + String.join("\n", broken));
    }

    @Test
    void theDocumentsAreFound() throws IOException {
        List<Path> docs = documents();
        assertTrue(docs.contains(ROOT.resolve("README.md")), "the root README is checked");
        assertTrue(
                docs.stream().anyMatch(d -> d.toString().contains("docs/adr/")),
                "the ADRs are checked");
        assertTrue(
                docs.contains(ROOT.resolve("portfolio-ejb/README.md")),
                "module READMEs are checked");
    }

    private static void check(Path doc, Matcher m, List<String> broken, boolean markdownLink) {
        while (m.find()) {
            String target = m.group(1);
            if (target.contains("://") || target.startsWith("mailto:")) {
                continue;
            }
            // Paths outside the repository (the shared domain guide, the seeds) are not checked.
            if (target.startsWith("../shared/") || target.startsWith("../../shared/")) {
                continue;
            }
            Path besideDoc = doc.getParent().resolve(target).normalize();
            Path fromRoot = ROOT.resolve(target).normalize();
            boolean outside = !besideDoc.startsWith(ROOT) && !fromRoot.startsWith(ROOT);
            if (outside || Files.exists(besideDoc) || Files.exists(fromRoot)) {
                continue;
            }
            if (!markdownLink && existsInAModule(target)) {
                continue;
            }
            broken.add(ROOT.relativize(doc) + ": " + target);
        }
    }

    /** A path in backticks may be written from a module's root or its source folders. */
    private static boolean existsInAModule(String target) {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.filter(Files::isDirectory)
                    .anyMatch(
                            module ->
                                    Stream.of(
                                                    "",
                                                    "src/main/java/",
                                                    "src/main/resources/",
                                                    "src/test/java/",
                                                    "src/main/webapp/",
                                                    "src/main/webapp/pages/",
                                                    "src/main/liberty/config/")
                                            .anyMatch(
                                                    prefix ->
                                                            Files.exists(
                                                                    module.resolve(
                                                                            prefix + target))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("README.md"))
                    .filter(Files::exists)
                    .filter(p -> !docs.contains(p))
                    .forEach(docs::add);
        }
        try (Stream<Path> walk = Files.walk(ROOT.resolve("docs"))) {
            walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }
}
