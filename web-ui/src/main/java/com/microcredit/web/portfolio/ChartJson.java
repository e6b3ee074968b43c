package com.microcredit.web.portfolio;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built as JSON (never by string
 * concatenation).
 */
final class ChartJson {

    static final String BLUE = "#1f5f9e";
    static final String GREEN = "#3c8d5a";
    static final String AMBER = "#d08c19";
    static final String RED = "#b03a2e";
    static final String GREY = "#c9ced6";
    static final List<String> CATEGORY_COLOURS = List.of(GREEN, "#8fb33c", AMBER, "#d3602a", RED);

    private ChartJson() {}

    static String doughnut(List<String> labels, List<BigDecimal> values, List<String> colours) {
        JsonObjectBuilder dataset =
                Json.createObjectBuilder()
                        .add("data", numbers(values))
                        .add("backgroundColor", strings(colours));
        return chart(
                "doughnut",
                labels,
                Json.createArrayBuilder().add(dataset),
                Json.createObjectBuilder()
                        .add(
                                "plugins",
                                Json.createObjectBuilder()
                                        .add(
                                                "legend",
                                                Json.createObjectBuilder()
                                                        .add("position", "right"))));
    }

    static String bar(
            List<String> labels,
            String label,
            List<BigDecimal> values,
            String colour,
            boolean horizontal) {
        JsonObjectBuilder dataset =
                Json.createObjectBuilder()
                        .add("label", label)
                        .add("data", numbers(values))
                        .add("backgroundColor", colour);
        JsonObjectBuilder options =
                Json.createObjectBuilder()
                        .add(
                                "plugins",
                                Json.createObjectBuilder()
                                        .add(
                                                "legend",
                                                Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return chart("bar", labels, Json.createArrayBuilder().add(dataset), options);
    }

    static String line(List<String> labels, String label, List<BigDecimal> values, String colour) {
        JsonObjectBuilder dataset =
                Json.createObjectBuilder()
                        .add("label", label)
                        .add("data", numbers(values))
                        .add("borderColor", colour)
                        .add("fill", false)
                        .add("tension", 0.2);
        return chart(
                "line", labels, Json.createArrayBuilder().add(dataset), Json.createObjectBuilder());
    }

    private static String chart(
            String type,
            List<String> labels,
            JsonArrayBuilder datasets,
            JsonObjectBuilder options) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", datasets))
                .add(
                        "options",
                        options.add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false))
                .build()
                .toString();
    }

    private static JsonArrayBuilder numbers(List<BigDecimal> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
