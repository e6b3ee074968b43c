package com.microcredit.origination.domain.training;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic loan history in the data gateway's fact names with a known generating model, for
 * tests and for the demo training file {@code docs/data/big-data-history-synthetic.csv} (written by
 * {@code main}: seed 7, 3,000 rows). Not real borrowers: the bank's own history exported with the
 * same column names replaces it.
 */
public final class SyntheticHistory {

    static final List<String> COLUMNS =
            List.of(
                    "TAX_MONTHS",
                    "TAX_LATE_SHARE",
                    "ELECTRICITY_MONTHS",
                    "ELECTRICITY_TREND",
                    "SOCIAL_SECURITY_MONTHS",
                    "HOUSING_FUND_MONTHS",
                    "ECOMMERCE_RATING",
                    "COURT_JUDGMENTS",
                    "CREDIT_HISTORY_MONTHS",
                    "CREDIT_PAST_DUE_NOW",
                    "MONTHS_OF_HISTORY",
                    "INDEPENDENT_SOURCES",
                    "OUTCOME");

    private SyntheticHistory() {}

    public static DataSet generate(int rows, long seed) {
        Random r = new Random(seed);
        List<String[]> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int tax = r.nextDouble() < 0.15 ? 0 : 1 + r.nextInt(24);
            Double late =
                    tax == 0 ? null : r.nextDouble() < 0.7 ? 0.0 : round(r.nextDouble() * 0.5);
            int electricity = r.nextDouble() < 0.2 ? 0 : 1 + r.nextInt(24);
            Double trend = electricity < 12 ? null : round(0.5 + r.nextDouble() * 0.9);
            int social = r.nextDouble() < 0.3 ? 0 : 1 + r.nextInt(24);
            int housing = r.nextDouble() < 0.5 ? 0 : 1 + r.nextInt(24);
            Double rating = r.nextDouble() < 0.4 ? null : round(3.0 + r.nextDouble() * 2.0);
            double u = r.nextDouble();
            int judgments = u < 0.9 ? 0 : u < 0.97 ? 1 : 2;
            int history = r.nextInt(121);
            int pastDue = r.nextDouble() < 0.92 ? 0 : 1 + r.nextInt(3);
            int months = Math.max(Math.max(tax, electricity), Math.max(social, housing));
            int sources =
                    (tax >= 12 ? 1 : 0)
                            + (electricity >= 12 ? 1 : 0)
                            + (social >= 12 ? 1 : 0)
                            + (housing >= 12 ? 1 : 0);
            double logit =
                    -2.0
                            - 0.06 * (tax - 12)
                            + 3.0 * (late == null ? 0.2 : late)
                            - 2.0 * ((trend == null ? 1.0 : trend) - 1.0)
                            + 0.9 * judgments
                            + 1.2 * (pastDue > 0 ? 1 : 0)
                            - 0.5 * ((rating == null ? 4.0 : rating) - 4.0)
                            - 0.008 * (history - 36)
                            - 0.02 * (social - 12);
            boolean bad = r.nextDouble() < 1.0 / (1.0 + Math.exp(-logit));
            data.add(
                    new String[] {
                        String.valueOf(tax),
                        text(late),
                        String.valueOf(electricity),
                        text(trend),
                        String.valueOf(social),
                        String.valueOf(housing),
                        text(rating),
                        String.valueOf(judgments),
                        String.valueOf(history),
                        String.valueOf(pastDue),
                        String.valueOf(months),
                        String.valueOf(sources),
                        bad ? "BAD" : "GOOD"
                    });
        }
        List<DataSet.Kind> kinds = new ArrayList<>();
        COLUMNS.forEach(
                c -> kinds.add(c.equals("OUTCOME") ? DataSet.Kind.NOMINAL : DataSet.Kind.NUMERIC));
        return new DataSet("synthetic-history", COLUMNS, kinds, data);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String text(Double v) {
        return v == null ? null : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Writes the demo file: {@code SyntheticHistory <path>}. */
    public static void main(String[] args) throws IOException {
        DataSet d = generate(3000, 7);
        try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS) + "\n");
            for (int i = 0; i < d.size(); i++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < COLUMNS.size(); c++) {
                    row.add(d.value(i, c) == null ? "" : d.value(i, c));
                }
                w.write(String.join(",", row) + "\n");
            }
        }
    }
}
