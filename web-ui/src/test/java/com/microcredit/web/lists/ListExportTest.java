package com.microcredit.web.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.protection.api.AuditEntryView;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditQuery;
import com.microcredit.protection.api.AuditTrail;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListExportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void cellsAreQuotedGuardedAndWrittenInTheirOneForm() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.field("=HYPERLINK(\"x\")", SHANGHAI));
        assertEquals("\"'+1\"", CsvCells.field("+1", SHANGHAI));
        assertEquals("\"'-2\"", CsvCells.field("-2", SHANGHAI));
        assertEquals("\"'@SUM(A1)\"", CsvCells.field("@SUM(A1)", SHANGHAI));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.field("say \"hi\"", SHANGHAI));
        assertEquals("\"-3.50\"", CsvCells.field(new BigDecimal("-3.5"), SHANGHAI));
        assertEquals("\"1.01\"", CsvCells.field(new BigDecimal("1.005"), SHANGHAI));
        assertEquals(
                "\"2026-01-01 08:00:00\"",
                CsvCells.field(Instant.parse("2026-01-01T00:00:00Z"), SHANGHAI));
        assertEquals("\"\"", CsvCells.field(null, SHANGHAI));
        assertEquals("\"a,b\nc\"", CsvCells.field("a,b\nc", SHANGHAI));
    }

    @Test
    void theExportStreamsEveryPageWithABomChineseHeadersAndAnAuditRow() throws Exception {
        List<PageRequest> reads = new ArrayList<>();
        ListDefinition<Integer> list =
                new ListDefinition<>(
                        "numbers",
                        r -> {
                            reads.add(r);
                            List<Integer> rows = new ArrayList<>();
                            for (int i = r.offset();
                                    i < Math.min(450, r.offset() + r.limit());
                                    i++) {
                                rows.add(i);
                            }
                            return PageResult.counted(rows, 450, r);
                        },
                        i -> i,
                        List.of(
                                ListColumn.of("borrowers.name", i -> "n" + i),
                                ListColumn.coded(
                                        "borrowers.kind", "borrower.kind.", i -> "ENTERPRISE")));
        List<AuditEvent> audited = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows =
                ListExport.write(
                        out,
                        list,
                        PageRequest.first(25, Map.of("text", "x")),
                        Locale.SIMPLIFIED_CHINESE,
                        SHANGHAI,
                        trail(audited));
        assertEquals(450, rows);
        assertEquals(3, reads.size(), "read a page of 200 at a time, never the whole list");
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals("\"名称\",\"类型\"", lines[0]);
        assertEquals("\"n0\",\"企业\"", lines[1]);
        assertEquals(451, lines.length);
        assertEquals(1, audited.size());
        AuditEvent e = audited.get(0);
        assertEquals("EXPORT", e.action());
        assertEquals("numbers", e.subjectId());
        assertTrue(e.detail().startsWith("450 rows; filters text=x"), e.detail());
    }

    private static AuditTrail trail(List<AuditEvent> audited) {
        return new AuditTrail() {
            @Override
            public void record(AuditEvent event) {
                audited.add(event);
            }

            @Override
            public void recordAlways(AuditEvent event) {
                audited.add(event);
            }

            @Override
            public List<AuditEntryView> search(AuditQuery query) {
                return List.of();
            }

            @Override
            public PageResult<AuditEntryView> searchPage(PageRequest request) {
                return PageResult.probed(List.of(), request);
            }

            @Override
            public List<String> actions() {
                return List.of();
            }
        };
    }
}
