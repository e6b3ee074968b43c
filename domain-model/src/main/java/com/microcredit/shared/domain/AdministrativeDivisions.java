package com.microcredit.shared.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The GB/T 2260 administrative division codes (county level and above) as shipped in {@code
 * gbt2260-codes.txt}: the current list and the codes in force at some time since 1980. A resident
 * identity number keeps the code of the place where it was first issued, so a code abolished or
 * re-coded since (e.g. 110104, Xuanwu District of Beijing until 2010) is still valid there; a
 * borrower's region – where they live or trade today – must be a current code. Sources, date and
 * what the list does not cover: docs/data/README.md.
 */
public final class AdministrativeDivisions {

    private static final Map<String, Boolean> CODES = load();

    private AdministrativeDivisions() {}

    /** True for a code in the current list. */
    public static boolean isCurrent(String code) {
        return Boolean.TRUE.equals(CODES.get(code));
    }

    /** True for a code that is or was in force (current or historic). */
    public static boolean isKnown(String code) {
        return code != null && CODES.containsKey(code);
    }

    /** How many codes are shipped (current and historic). */
    static int size() {
        return CODES.size();
    }

    private static Map<String, Boolean> load() {
        InputStream in = AdministrativeDivisions.class.getResourceAsStream("gbt2260-codes.txt");
        if (in == null) {
            throw new IllegalStateException("gbt2260-codes.txt is missing from the domain model");
        }
        Map<String, Boolean> codes = new HashMap<>(10_000);
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split(" ");
                codes.put(parts[0], "C".equals(parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }
}
