package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated input against the request reader: whatever text arrives, reading it either yields a
 * record or refuses it with a field-level InvalidInputException; no other exception escapes (which
 * the API would answer with 500). 2,000 tries per property, well under a second each.
 */
class JsonBodiesProperties {

    private static final String VALID =
            "{\"name\":\"李四\",\"residentIdNumber\":\"330106198503120415\",\"regionCode\":\"330106\","
                + "\"accountManagerId\":1,\"address\":\"杭州\",\"householdSize\":3}";

    @Property(tries = 2000)
    void arbitraryTextIsReadOrRefusedWithAField(@ForAll String text) {
        readOrRefuse(text);
    }

    @Property(tries = 2000)
    void mutatedBodiesAreReadOrRefusedWithAField(@ForAll("mutations") String text) {
        readOrRefuse(text);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length() - 1);
        Arbitrary<String> junk =
                Arbitraries.oneOf(
                        Arbitraries.strings().ofMaxLength(8),
                        Arbitraries.of(
                                "null",
                                "3.5",
                                "1e30",
                                "\"\\u0000\"",
                                "\"\\ud800\"",
                                "[]",
                                "{}",
                                "\"2026-13-45\"",
                                "-1",
                                "true",
                                "}",
                                "{",
                                ",",
                                ":",
                                "\""));
        return Arbitraries.integers()
                .between(0, 2)
                .flatMap(
                        kind ->
                                at.flatMap(
                                        i ->
                                                junk.map(
                                                        j ->
                                                                switch (kind) {
                                                                    case 0 ->
                                                                            VALID.substring(0, i)
                                                                                    + j
                                                                                    + VALID
                                                                                            .substring(
                                                                                                    i);
                                                                    case 1 ->
                                                                            VALID.substring(0, i)
                                                                                    + j
                                                                                    + VALID
                                                                                            .substring(
                                                                                                    Math
                                                                                                            .min(
                                                                                                                    VALID
                                                                                                                            .length(),
                                                                                                                    i
                                                                                                                            + j
                                                                                                                                    .length()));
                                                                    default ->
                                                                            VALID.substring(0, i);
                                                                })));
    }

    private static void readOrRefuse(String text) {
        try {
            JsonBodies.read(IndividualIntake.class, text);
        } catch (InvalidInputException e) {
            if (e.field() == null || e.code() == null) {
                throw new AssertionError("refusal without field or code: " + e, e);
            }
        }
    }
}
