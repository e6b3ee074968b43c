package com.microcredit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bank's zone comes from one setting (ADR 0020): its default is written once, in platform-ejb's
 * configuration, and only the platform's producer reads the setting; every other class, page and
 * schedule injects {@code @BankZone}. Checked on the main sources of every module.
 */
class BankZoneSettingTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEFAULT =
            ROOT.resolve("platform-ejb/src/main/resources/META-INF/microprofile-config.properties");
    private static final Path PRODUCER =
            ROOT.resolve(
                    "platform-ejb/src/main/java/com/microcredit/platform/application/BankTime.java");

    @Test
    void theZoneIsWrittenOnlyWhereItsDefaultIsDeclared() throws IOException {
        assertTrue(
                Files.readString(DEFAULT).contains("mcrc.bank.zone=Asia/Shanghai"),
                "the default is declared in " + ROOT.relativize(DEFAULT));
        assertEquals(List.of(DEFAULT), filesContaining("Asia/Shanghai"));
    }

    @Test
    void onlyThePlatformsProducerReadsTheSetting() throws IOException {
        assertEquals(List.of(PRODUCER), filesContaining("\"mcrc.bank.zone\""));
    }

    @Test
    void noScheduleNamesAZoneOfItsOwn() throws IOException {
        assertEquals(List.of(), filesContaining("timezone = \""));
    }

    private static List<Path> filesContaining(String text) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path p :
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.toString().contains("/src/main/"))
                            .filter(f -> !f.toString().contains("/target/"))
                            .filter(f -> f.toString().matches(".*\\.(java|xhtml|xml|properties)$"))
                            .sorted()
                            .toList()) {
                if (Files.readString(p).contains(text)) {
                    found.add(p);
                }
            }
        }
        return found;
    }
}
