package com.microcredit.origination.domain.borrower;

import com.microcredit.shared.domain.FieldRefusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The revenue side of the SME size standard (工信部联企业〔2011〕300号《中小企业划型标准规定》), shipped as {@code
 * sme-size-standard.tsv}. The bank lends here to micro and small enterprises only: an enterprise
 * whose declared annual revenue reaches the medium-enterprise bound of its industry is refused
 * ({@code REVENUE_ABOVE_SMALL_ENTERPRISE}). Intake records no headcount, and the standard makes an
 * enterprise medium only when both its headcount and its revenue reach the bounds, so revenue alone
 * is decisive only below the bound; at or above it the enterprise may be medium and is sent to the
 * corporate channel. Industries the standard measures without revenue are checked against the
 * largest SME revenue bound of any industry ({@code REVENUE_IMPLAUSIBLE}).
 */
public final class SmeSizeStandard {

    /** One industry line: GB/T 4754 prefix, the standard's wording, the two revenue bounds. */
    record Industry(String prefix, String name, BigDecimal mediumFrom, BigDecimal smeBelow) {}

    private static final List<Industry> INDUSTRIES = load();

    /** The largest revenue at which an enterprise of any industry can still be an SME. */
    static final BigDecimal LARGEST_SME_REVENUE =
            INDUSTRIES.stream()
                    .map(Industry::smeBelow)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();

    private SmeSizeStandard() {}

    /**
     * Refuses a declared annual revenue that a micro or small enterprise of this industry cannot
     * have.
     */
    public static void requireMicroOrSmall(String industryCode, BigDecimal revenue) {
        Optional<Industry> industry = industryOf(industryCode);
        if (industry.isPresent()) {
            if (revenue.compareTo(industry.get().mediumFrom()) >= 0) {
                throw new FieldRefusal(
                        "declaredAnnualRevenue",
                        "REVENUE_ABOVE_SMALL_ENTERPRISE",
                        industry.get().name(),
                        industry.get().mediumFrom().toPlainString());
            }
        } else if (revenue.compareTo(LARGEST_SME_REVENUE) >= 0) {
            throw new FieldRefusal(
                    "declaredAnnualRevenue",
                    "REVENUE_IMPLAUSIBLE",
                    LARGEST_SME_REVENUE.toPlainString());
        }
    }

    /** The standard's industry for a GB/T 4754 code: the longest matching prefix. */
    static Optional<Industry> industryOf(String industryCode) {
        return INDUSTRIES.stream()
                .filter(i -> industryCode != null && industryCode.startsWith(i.prefix()))
                .max(Comparator.comparingInt(i -> i.prefix().length()));
    }

    private static List<Industry> load() {
        InputStream in = SmeSizeStandard.class.getResourceAsStream("sme-size-standard.tsv");
        if (in == null) {
            throw new IllegalStateException("sme-size-standard.tsv is missing from the domain");
        }
        List<Industry> industries = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                industries.add(
                        new Industry(f[0], f[1], new BigDecimal(f[2]), new BigDecimal(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(industries);
    }
}
