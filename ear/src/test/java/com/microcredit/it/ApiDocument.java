package com.microcredit.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the served OpenAPI document, as the generated-input test needs them: method,
 * path, parameters and the request body's schema (its $ref resolved), and a valid value for each
 * property of a body built from the schema alone (type, enumeration, pattern, bounds).
 */
final class ApiDocument {

    /** One parameter of an operation: where it goes (path, query, header) and its name. */
    record Param(String in, String name, boolean required) {}

    /**
     * One operation; key is e.g. "POST /api/applications/{id}/review"; body null when it has no
     * JSON body; fileBody when it reads a file (any bytes) instead.
     */
    record Operation(
            String key,
            String method,
            String path,
            List<Param> params,
            JsonObject body,
            boolean fileBody) {

        boolean bodyRequired() {
            return body != null && !required(body).isEmpty();
        }
    }

    /** Valid values of the patterns the API declares; a new pattern must be added here. */
    private static final Map<String, String> PATTERN_VALUES =
            Map.of(
                    "^([0-9]{6})$", "330106",
                    "^([A-Z]{3})$", "CNY",
                    "^([A-T][0-9]{0,4})$", "F52",
                    "^([0-9]{10,34})$", "6222020200112233");

    private ApiDocument() {}

    static List<Operation> operations(JsonObject doc) {
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = new ArrayList<>();
        for (var path : doc.getJsonObject("paths").entrySet()) {
            String api = path.getKey().substring(path.getKey().indexOf("/api/"));
            JsonObject item = path.getValue().asJsonObject();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject op = item.getJsonObject(method);
                List<Param> params = new ArrayList<>();
                for (String holder : List.of("parameters")) {
                    for (JsonObject p : objects(item, holder)) {
                        params.add(param(p));
                    }
                    for (JsonObject p : objects(op, holder)) {
                        params.add(param(p));
                    }
                }
                JsonObject body = null;
                boolean file = false;
                if (op.containsKey("requestBody")) {
                    JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                    JsonObject json = content.getJsonObject("application/json");
                    String ref =
                            json == null
                                    ? null
                                    : json.getJsonObject("schema").getString("$ref", null);
                    if (ref != null && content.size() == 1) {
                        body = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                    } else {
                        file = true;
                    }
                }
                String upper = method.toUpperCase(java.util.Locale.ROOT);
                operations.add(new Operation(upper + " " + api, upper, api, params, body, file));
            }
        }
        return operations;
    }

    private static List<JsonObject> objects(JsonObject o, String name) {
        return o.containsKey(name)
                ? o.getJsonArray(name).getValuesAs(JsonValue::asJsonObject)
                : List.of();
    }

    private static Param param(JsonObject p) {
        return new Param(p.getString("in"), p.getString("name"), p.getBoolean("required", false));
    }

    static Set<String> required(JsonObject schema) {
        return schema.containsKey("required")
                ? Set.copyOf(schema.getJsonArray("required").getValuesAs(JsonString::getString))
                : Set.of();
    }

    static Map<String, JsonObject> properties(JsonObject schema) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        schema.getJsonObject("properties")
                .forEach((name, value) -> properties.put(name, value.asJsonObject()));
        return properties;
    }

    /** A body of valid values for every property (required or not), as JSON text by name. */
    static Map<String, String> validBody(JsonObject schema) {
        Map<String, String> values = new LinkedHashMap<>();
        properties(schema).forEach((name, property) -> values.put(name, valid(name, property)));
        return values;
    }

    /** A value the request reader accepts for the property, as JSON text. */
    static String valid(String name, JsonObject p) {
        String type = p.getString("type", "");
        switch (type) {
            case "boolean":
                return "false";
            case "integer":
                return p.containsKey("minimum")
                        ? String.valueOf(Math.max(1, p.getJsonNumber("minimum").longValue()))
                        : "1";
            case "number":
                return p.containsKey("minimum")
                                && p.getJsonNumber("minimum").bigDecimalValue().intValue() > 1
                        ? p.getJsonNumber("minimum").toString()
                        : "1";
            case "string":
                if (p.containsKey("enum")) {
                    return p.getJsonArray("enum").get(0).toString();
                }
                if ("date".equals(p.getString("format", ""))) {
                    return "\"2025-06-30\"";
                }
                if (p.containsKey("pattern")) {
                    String value = PATTERN_VALUES.get(p.getString("pattern"));
                    if (value == null) {
                        throw new AssertionError(
                                "No generator for the pattern "
                                        + p.getString("pattern")
                                        + " of "
                                        + name
                                        + ": add a valid value to ApiDocument.PATTERN_VALUES");
                    }
                    return "\"" + value + "\"";
                }
                return "\"" + "测".repeat(Math.max(2, p.getInt("minLength", 0))) + "\"";
            default:
                throw new AssertionError("No generator for the type '" + type + "' of " + name);
        }
    }
}
