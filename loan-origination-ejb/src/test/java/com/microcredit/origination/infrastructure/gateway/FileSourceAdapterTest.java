package com.microcredit.origination.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.application.DataSourceAdapter;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceAdapterTest {

    private static final DataSourceAdapter.SourceRequest REQUEST =
            new DataSourceAdapter.SourceRequest(
                    DataSource.WATER, 7L, "91330106MA2B3C4D5E", LocalDate.of(2026, 11, 27));

    @Test
    void onlyTheBorrowersRowsOfTheSourceFileAreAnswered(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("WATER.csv");
        Files.writeString(
                file,
                """
                identity_number,period,metric,amount
                91330106MA2B3C4D5E,2026-09,M3,41.5
                91330106MA2B3C4D5E,2026-10-15,M3,39
                OTHER,2026-10,M3,1000
                """);
        List<Observation> answer = FileSourceAdapter.read(file, REQUEST);
        assertEquals(2, answer.size());
        assertEquals(
                new Observation(
                        DataSource.WATER, LocalDate.of(2026, 10, 1), "M3", new BigDecimal("39")),
                answer.get(1));
    }

    @Test
    void aMissingFileIsNoDataAndAMalformedLineMakesTheSourceUnavailable(@TempDir Path dir)
            throws Exception {
        assertTrue(FileSourceAdapter.read(dir.resolve("WATER.csv"), REQUEST).isEmpty());
        Path file = dir.resolve("WATER.csv");
        Files.writeString(
                file, "identity_number,period,metric,amount\n91330106MA2B3C4D5E,Sept,M3,4\n");
        DataSourceAdapter.SourceUnavailableException e =
                assertThrows(
                        DataSourceAdapter.SourceUnavailableException.class,
                        () -> FileSourceAdapter.read(file, REQUEST));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
