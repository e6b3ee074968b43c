package com.microcredit.supplychain.infrastructure.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.supplychain.application.UnreadableFileException;
import com.microcredit.supplychain.domain.trade.TradeRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeFileReaderTest {

    private final TradeFileReader reader = new TradeFileReader(3);

    @Test
    void csvColumnsAreFoundByTheirHeaderInAnyOrderAndRowsKeepTheirLine() throws Exception {
        List<TradeRow> rows =
                reader.read(
                        "csv",
                        bytes(
                                "\uFEFFkind,memberId,documentNumber,tradeDate,amount,currency,hubConfirmed\n"
                                    + "INVOICE,101,\"INV,1\",2026-10-01,1000.00,CNY,true\n\n"
                                    + "PAYMENT,101,\"P \"\"2\"\"\",2026-10-02,5,CNY,\n"));
        assertEquals(2, rows.size());
        assertEquals(
                new TradeRow(2, "101", "INVOICE", "INV,1", "2026-10-01", "1000.00", "CNY", "true"),
                rows.get(0));
        assertEquals(4, rows.get(1).line(), "blank lines count in the numbering");
        assertEquals("P \"2\"", rows.get(1).documentNumber());
        assertEquals("", rows.get(1).hubConfirmed());
    }

    @Test
    void aCsvHeaderWithoutARequiredColumnMakesTheFileUnreadable() {
        UnreadableFileException e =
                assertThrows(
                        UnreadableFileException.class,
                        () -> reader.read("CSV", bytes("memberId,kind,amount\n1,INVOICE,3\n")));
        assertTrue(e.getMessage().contains("documentNumber, tradeDate, currency"), e.getMessage());
        assertTrue(
                e.reason().startsWith("TRADE_FILE_MISSING_COLUMNS\u001F"),
                "a code with its argument, never a sentence: " + e.reason());
        assertEquals(1, e.line());
    }

    @Test
    void aShortCsvRowReadsMissingFieldsAsAbsent() throws Exception {
        TradeRow row =
                reader.read(
                                "CSV",
                                bytes(
                                        "memberId,kind,documentNumber,tradeDate,amount,currency\n"
                                                + "101,INVOICE\n"))
                        .get(0);
        assertNull(row.documentNumber());
        assertNull(row.hubConfirmed());
    }

    @Test
    void jsonRowsTakeStringsNumbersAndBooleans() throws Exception {
        List<TradeRow> rows =
                reader.read(
                        "JSON",
                        bytes(
                                "[{\"memberId\":101,\"kind\":\"INVOICE\",\"documentNumber\":\"I-1\","
                                    + "\"tradeDate\":\"2026-10-01\",\"amount\":1000.5,\"currency\":\"CNY\",\"hubConfirmed\":true},"
                                    + "{\"memberId\":\"101\",\"kind\":\"ORDER\"}]"));
        assertEquals(
                new TradeRow(1, "101", "INVOICE", "I-1", "2026-10-01", "1000.5", "CNY", "true"),
                rows.get(0));
        assertEquals(2, rows.get(1).line());
        assertNull(rows.get(1).amount());
    }

    @Test
    void malformedJsonOrANonArrayIsUnreadable() {
        assertThrows(
                UnreadableFileException.class,
                () -> reader.read("JSON", bytes("{\"memberId\":1}")));
        assertThrows(
                UnreadableFileException.class,
                () -> reader.read("JSON", bytes("[{\"memberId\":1},")));
        assertThrows(UnreadableFileException.class, () -> reader.read("JSON", bytes("[1]")));
    }

    @Test
    void aFileAboveTheRowLimitOrOfAnotherFormatIsUnreadable() {
        String header = "memberId,kind,documentNumber,tradeDate,amount,currency\n";
        assertThrows(
                UnreadableFileException.class,
                () -> reader.read("CSV", bytes(header + "1\n2\n3\n4\n")));
        assertEquals(
                "TRADE_FILE_FORMAT\u001FXML",
                assertThrows(UnreadableFileException.class, () -> reader.read("XML", bytes("<a/>")))
                        .reason());
        assertThrows(UnreadableFileException.class, () -> reader.read("CSV", new byte[0]));
    }

    @Test
    void anUnclosedQuoteIsUnreadable() {
        assertThrows(
                UnreadableFileException.class,
                () ->
                        reader.read(
                                "CSV",
                                bytes(
                                        "memberId,kind,documentNumber,tradeDate,amount,currency\n"
                                                + "1,\"INVOICE\n")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
