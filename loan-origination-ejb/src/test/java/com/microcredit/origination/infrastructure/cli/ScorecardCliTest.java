package com.microcredit.origination.infrastructure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardCliTest {

    @Test
    void trainPrintsTheReportAndAWrongTargetExitsWithTheReason(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("months,late,outcome\n");
        Random r = new Random(1);
        for (int i = 0; i < 400; i++) {
            int months = r.nextInt(25);
            int late = r.nextInt(4);
            boolean bad =
                    r.nextDouble() < 1 / (1 + Math.exp(-(-1 - 0.1 * (months - 12) + 0.6 * late)));
            csv.append(months)
                    .append(',')
                    .append(late)
                    .append(',')
                    .append(bad ? "BAD" : "GOOD")
                    .append('\n');
        }
        Path file = dir.resolve("history.csv");
        Files.writeString(file, csv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                ScorecardCli.run(
                        new String[] {
                            "train",
                            file.toString(),
                            "--target",
                            "outcome",
                            "--bad",
                            "BAD",
                            "--no-cv"
                        },
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(
                report.contains("AUC")
                        && report.contains("months")
                        && report.contains("Confusion at cut-off"),
                report);

        int wrong =
                ScorecardCli.run(
                        new String[] {
                            "train", file.toString(), "--target", "defaulted", "--bad", "BAD"
                        },
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, wrong);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no column defaulted"));
        assertEquals(
                2,
                ScorecardCli.run(
                        new String[] {"score"}, new PrintStream(out), new PrintStream(err)));
    }
}
