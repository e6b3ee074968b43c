package com.microcredit.origination.infrastructure.jms;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/**
 * One JSON-P builder factory and one reader factory for every message origination writes or reads:
 * each static {@code Json.createObjectBuilder()} / {@code Json.createReader(…)} looks the JSON-P
 * provider up again through the service loader, which on Liberty costs more than building the
 * message itself (portfolio's listeners and warning events do the same, docs/benchmarks.md).
 */
final class JsonMessages {

    static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonMessages() {}
}
