package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CspReportsTest {

    @Test
    void aReportUriReportIsOneLineWithoutTheQueries() {
        String body =
                """
                {"csp-report": {"document-uri": "https://bank.example/mcrc/pages/borrowers/profile.xhtml?id=1014",
                 "violated-directive": "script-src-elem", "effective-directive": "script-src-elem",
                 "blocked-uri": "inline", "source-file": "https://bank.example/mcrc/x.js?v=1#a",
                 "line-number": 12}}
                """;
        assertEquals(
                List.of(
                        "directive=script-src-elem blocked=inline"
                                + " page=https://bank.example/mcrc/pages/borrowers/profile.xhtml"
                                + " source=https://bank.example/mcrc/x.js:12"),
                CspReports.read(body));
    }

    @Test
    void theReportingApisListGivesALinePerCspViolationAndSkipsOtherReports() {
        String body =
                """
                [{"type": "csp-violation", "body": {"documentURL": "https://h/mcrc/login.xhtml",
                  "effectiveDirective": "style-src-attr", "blockedURL": "inline"}},
                 {"type": "deprecation", "body": {"id": "x"}}]
                """;
        assertEquals(
                List.of(
                        "directive=style-src-attr blocked=inline page=https://h/mcrc/login.xhtml"
                                + " source=-"),
                CspReports.read(body));
    }

    @Test
    void aReportCannotWriteLinesOfItsOwnIntoTheLog() {
        String body =
                "{\"csp-report\": {\"violated-directive\": \"img-src\\nSEVERE: forged\","
                        + " \"blocked-uri\": \""
                        + "x".repeat(300)
                        + "\"}}";
        String line = CspReports.read(body).get(0);
        assertEquals(-1, line.indexOf('\n'), line);
        assertEquals(
                "directive=img-src SEVERE: forged blocked=" + "x".repeat(200) + "… page=- source=-",
                line);
    }

    @Test
    void anythingElseIsNoViolation() {
        assertEquals(List.of(), CspReports.read("not json"));
        assertEquals(List.of(), CspReports.read("{\"other\": 1}"));
        assertEquals(List.of(), CspReports.read("[1, \"two\", {\"type\": \"csp-violation\"}]"));
        assertEquals(List.of(), CspReports.read(""));
    }
}
