package com.microcredit.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.ImportReport;
import com.microcredit.supplychain.api.RejectedRowView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodedTextResponsesTest {

    @Test
    void aRefusedTradeFilesReasonsAreRenderedInTheCallersLanguage() {
        ImportReport report =
                new ImportReport(
                        1,
                        2,
                        "f.csv",
                        "REFUSED",
                        1,
                        0,
                        List.of(
                                new RejectedRowView(
                                        2, "D-1", List.of("TRADE_AMOUNT_NOT_POSITIVE\u001F-1"))));
        ImportReport zh = (ImportReport) CodedTextResponses.render(report, ApiLanguage.of(null));
        assertEquals(List.of("金额 -1 不是正数"), zh.rejected().get(0).reasons());
        ImportReport en = (ImportReport) CodedTextResponses.render(report, Locale.ENGLISH);
        assertEquals(List.of("amount -1 is not positive"), en.rejected().get(0).reasons());
    }

    @Test
    void aHubsStatusReasonIsRenderedAndOtherAnswersPassUnchanged() {
        HubView hub =
                new HubView(
                        1,
                        "宁波滨江电器",
                        "9133****56",
                        "C38",
                        "WATCH",
                        "HUB_BY_INDICATORS\u001EHUB_EVENTS_AT_OR_ABOVE\u001FCOURT_EVENTS\u001F1\u001F1",
                        null,
                        false);
        assertEquals(
                "Downgraded by its indicators; Court events: 1, at or above the threshold 1",
                ((HubView) CodedTextResponses.render(hub, Locale.ENGLISH)).statusReason());
        Object other = List.of("x");
        assertSame(other, CodedTextResponses.render(other, Locale.ENGLISH));
    }
}
