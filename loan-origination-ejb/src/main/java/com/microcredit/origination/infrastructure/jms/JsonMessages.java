package com.microcredit.origination.infrastructure.jms;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;

/**
 * One JSON-P builder factory for every message origination writes: each static {@code
 * Json.createObjectBuilder()} looks the JSON-P provider up again through the service loader, which
 * on Liberty costs more than building the message itself (docs/benchmarks.md). Reading goes through
 * the platform's {@code JsonFields}, which keeps one reader factory for every inbound message.
 */
final class JsonMessages {

    static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private JsonMessages() {}
}
