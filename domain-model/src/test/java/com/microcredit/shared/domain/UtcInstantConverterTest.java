package com.microcredit.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microcredit.shared.persistence.UtcInstantConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void instantsAreStoredAsUtcWallTimeToTheMicrosecond() {
        Instant t = Instant.parse("2026-11-22T16:30:00.123456Z");
        assertEquals(
                LocalDateTime.of(2026, 11, 22, 16, 30, 0, 123_456_000),
                converter.convertToDatabaseColumn(t));
        assertEquals(t, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(t)));
    }
}
