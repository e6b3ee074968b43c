package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.ApiCalls.Reply;
import jakarta.ejb.EJB;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 26: a list's export is the filtered list as CSV – UTF-8 with a byte-order mark, headers in
 * the reader's language (Chinese for zh-CN), identity numbers masked as on the page, one row per
 * borrower the filter selects – and is on the audit trail with the list, filters and row count.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class ListExportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                ListExportIT.class,
                ListPagingIT.class,
                ApiCalls.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @EJB private Applicants applicants;
    @EJB private ItProbe probe;

    private ApiCalls api;

    @BeforeEach
    void connect() {
        api = new ApiCalls();
    }

    @Test
    void theBorrowerExportIsUtf8WithBomChineseHeadersMaskedAndAudited() {
        String tag = ListPagingIT.borrowers(api, applicants.accountManager(), 3);
        Reply csv =
                api.call(
                        "GET",
                        "/mcrc/api/lists/borrowers/csv?sort=name&text=" + ListPagingIT.enc(tag),
                        "officer",
                        null,
                        "Accept-Language",
                        "zh-CN",
                        "Accept",
                        "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.body().startsWith("\ufeff"), "UTF-8 with a byte-order mark");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertEquals(4, lines.length, "a header and the three tagged borrowers: " + csv.body());
        assertTrue(lines[0].contains("\"名称\""), "headers in the reader's language: " + lines[0]);
        assertTrue(lines[1].contains(tag + " 茶庄 00"), "sorted by name: " + lines[1]);
        assertTrue(lines[1].contains("\"企业\""), "codes as the page's labels: " + lines[1]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains("****"), "identity number masked: " + lines[i]);
        }
        assertFalse(csv.body().contains("62220202"), "no account number in the export");
        assertEquals(
                1L,
                probe.count(
                        "select count(a) from AuditEntry a where a.subjectType = 'LIST'"
                                + " and a.subjectId = 'borrowers' and a.actor = 'officer'"
                                + " and a.detail like :d",
                        Map.of("d", "3 rows; filters text=" + tag + "%")),
                "the export is on the audit trail: who, which list, filters, rows");
        Reply refused = api.get("/mcrc/api/lists/borrowers/csv?sort=password", "officer");
        assertEquals(400, refused.status(), "a refused sort is a 400, not a broken file");
    }
}
