package com.microcredit.it;

import com.microcredit.it.ApiDocument.Operation;
import com.microcredit.it.ApiDocument.Param;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of invalid requests for one operation of the served OpenAPI document: a valid
 * request (every property of the body valid by its schema, real ids in the path) with one thing
 * made invalid – a body property (wrong JSON type, null or missing when required, over its length,
 * control characters and lone surrogates, numbers out of range or not whole, impossible dates, a
 * pattern broken), the body as a whole (unknown or duplicate property, trailing content, not JSON,
 * not an object, not UTF-8, empty, 10 MB), a path or query parameter, or a header (Content-Type,
 * Accept, Idempotency-Key) – and sometimes a malformed Accept-Language besides. Each carries the
 * answer it must get: the status and, for a 400, the field it must name (null: any field).
 */
final class BadRequests {

    /** A request to send and the answer it must get. */
    record Bad(
            String what,
            String method,
            String path,
            Map<String, String> headers,
            byte[] body,
            int status,
            String field) {

        Bad with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Bad(
                    what + ", " + header + ": " + shown(value),
                    method,
                    path,
                    h,
                    body,
                    status,
                    field);
        }

        Bad expecting(int expectedStatus, String expectedField) {
            return new Bad(what, method, path, headers, body, expectedStatus, expectedField);
        }
    }

    /**
     * How the test reaches an operation: its user, the kind of id in its path (a key of the
     * fixture's targets), a valid query and, for a file upload, its content type and content.
     */
    record Target(String user, String idKind, String query, String contentType, String file) {}

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final int TEN_MB = 10 * 1024 * 1024;

    private static final List<String> BAD_LANGUAGES =
            List.of(
                    "",
                    "x".repeat(5000),
                    "zh-CN;q=abc",
                    "*;q=2",
                    "en-GB,;;;,",
                    "\u0001",
                    "é",
                    "--");

    private static final List<String> BAD_IDS =
            List.of(
                    "abc",
                    "-1",
                    "1.5",
                    "1e3",
                    "0x1F",
                    "+1",
                    "%201",
                    "%00",
                    "%EF%BC%91",
                    "99999999999999999999",
                    "9223372036854775808",
                    "1".repeat(5000),
                    "1%2F2",
                    "%ED%A0%80",
                    "null");

    /**
     * Path segments the servlet container refuses itself (400, its own body) before any application
     * code runs: control characters and an escaped slash (docs/security.md).
     */
    static final List<String> CONTAINER_REFUSED = List.of("%00", "a%01b", "%7F", "1%2F2");

    /** The field of a {@link Bad} that the container refuses: any 400 body is its own. */
    static final String BY_CONTAINER = "(the container)";

    /** A list name no list has: 404, like an unknown product. */
    private static final String NO_SUCH_LIST = "nosuch";

    private final Operation op;
    private final Target target;
    private final String validPath;
    private final Map<String, String> validBody;

    BadRequests(Operation op, Target target, long id) {
        this.op = op;
        this.target = target;
        this.validPath =
                "/mcrc"
                        + op.path()
                                .replace("{id}", Long.toString(id))
                                .replace("{code}", "TAX_LOAN")
                                .replace("{list}", "warnings");
        this.validBody = op.body() == null ? Map.of() : ApiDocument.validBody(op.body());
    }

    Arbitrary<Bad> arbitrary() {
        List<Arbitrary<Bad>> kinds = new ArrayList<>();
        if (op.body() != null) {
            kinds.add(Arbitraries.of(List.copyOf(validBody.keySet())).flatMap(this::badProperty));
            kinds.add(badBody());
        }
        if (op.fileBody()) {
            kinds.add(Arbitraries.just(bodied("empty file", new byte[0], 400, null)));
        }
        if (op.body() != null || op.fileBody()) {
            kinds.add(
                    Arbitraries.of(
                                    "text/xml",
                                    "application/x-www-form-urlencoded",
                                    "image/png",
                                    "garbage",
                                    "application/",
                                    "application/json; charset=\"")
                            .map(
                                    t ->
                                            valid("wrong type")
                                                    .with("Content-Type", t)
                                                    .expecting(415, null)));
        }
        kinds.add(
                Arbitraries.of(
                                "application/xml",
                                "text/html",
                                "garbage",
                                "application/",
                                "image/png")
                        .map(a -> valid("not acceptable").with("Accept", a).expecting(406, null)));
        for (Param p : op.params()) {
            kinds.add(badParam(p));
        }
        Arbitrary<Bad> any = Arbitraries.oneOf(kinds);
        Arbitrary<Bad> withLanguage =
                any.flatMap(
                        b -> Arbitraries.of(BAD_LANGUAGES).map(l -> b.with("Accept-Language", l)));
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, withLanguage));
    }

    /** The valid request: valid body, real path ids, valid query and headers. */
    private Bad valid(String what) {
        return bodied(what, bodyBytes(json(validBody)), 400, null);
    }

    private Bad bodied(String what, byte[] body, int status, String field) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (op.body() != null) {
            headers.put("Content-Type", "application/json");
        } else if (op.fileBody()) {
            headers.put("Content-Type", target.contentType());
        }
        if (op.params().stream().anyMatch(p -> p.name().equals(IDEMPOTENCY_KEY))) {
            headers.put(IDEMPOTENCY_KEY, "fuzz-" + java.util.UUID.randomUUID());
        }
        byte[] content =
                op.body() != null || op.fileBody()
                        ? body == null ? target.file().getBytes(StandardCharsets.UTF_8) : body
                        : null;
        String path = validPath + (target.query() == null ? "" : "?" + target.query());
        return new Bad(what, op.method(), path, headers, content, status, field);
    }

    private Arbitrary<Bad> badProperty(String name) {
        JsonObject p = ApiDocument.properties(op.body()).get(name);
        boolean required = ApiDocument.required(op.body()).contains(name);
        String type = p.getString("type", "");
        List<Arbitrary<String>> values = new ArrayList<>();
        values.add(Arbitraries.of("{}", "[]", "[1]"));
        if (required) {
            values.add(Arbitraries.just("null"));
        }
        switch (type) {
            case "string" -> {
                values.add(Arbitraries.of("12345", "true", "-1.5e3"));
                values.add(controlCharacters());
                int max = p.getInt("maxLength", Integer.MAX_VALUE);
                if (max < 10_000) {
                    values.add(Arbitraries.of("a", "测").map(c -> quoted(c.repeat(max + 1))));
                    values.add(Arbitraries.of(10_000).map(n -> quoted("x".repeat(n))));
                }
                if (p.containsKey("pattern") || p.containsKey("enum")) {
                    values.add(Arbitraries.of("\"???\"", "\"\"", "\" CNY \"", "\"ｃｎｙ\""));
                }
                if ("date".equals(p.getString("format", ""))) {
                    values.add(
                            Arbitraries.of(
                                    "\"2026-13-45\"",
                                    "\"2026-02-30\"",
                                    "\"20260101\"",
                                    "\"tomorrow\"",
                                    "\"2026-1-5\"",
                                    "\"\"",
                                    "20260101",
                                    "\"+999999999-01-01\"",
                                    "\"2026-01-01T00:00:00Z\""));
                }
            }
            case "integer" -> {
                values.add(
                        Arbitraries.of(
                                "\"12\"",
                                "\"abc\"",
                                "true",
                                "3.5",
                                "1e30",
                                "-1e30",
                                "9223372036854775808",
                                "1e400",
                                "1.0000000000000000001"));
                long min =
                        p.containsKey("minimum")
                                ? p.getJsonNumber("minimum").longValue()
                                : Long.MIN_VALUE;
                if (min >= 0) {
                    values.add(Arbitraries.of("-1", Long.toString(min - 1)));
                }
                if (p.containsKey("maximum")) {
                    values.add(
                            Arbitraries.just(
                                    Long.toString(p.getJsonNumber("maximum").longValue() + 1)));
                }
            }
            case "number" -> {
                values.add(
                        Arbitraries.of(
                                "\"abc\"",
                                "true",
                                "\"1,000\"",
                                "1e99999",
                                "\"NaN\"",
                                "\"Infinity\""));
                if (p.containsKey("maximum")) {
                    values.add(Arbitraries.of("1e30", "1e300"));
                }
                if (p.containsKey("minimum")
                        && p.getJsonNumber("minimum").bigDecimalValue().signum() >= 0) {
                    values.add(Arbitraries.of("-1", "-1e30", "-0.01"));
                }
                if (p.containsKey("multipleOf")) {
                    values.add(Arbitraries.of("3.5001", "1.001"));
                }
            }
            case "boolean" -> values.add(Arbitraries.of("\"true\"", "1", "0", "\"yes\""));
            default ->
                    throw new AssertionError("No generator for the type " + type + " of " + name);
        }
        Arbitrary<Bad> replaced =
                Arbitraries.oneOf(values)
                        .map(v -> propertyBody(name + " = " + shown(v), with(name, v), name));
        if (!required) {
            return replaced;
        }
        Map<String, String> missing = new LinkedHashMap<>(validBody);
        missing.remove(name);
        return Arbitraries.oneOf(
                replaced, Arbitraries.just(propertyBody(name + " missing", json(missing), name)));
    }

    private Bad propertyBody(String what, String json, String field) {
        byte[] body = bodyBytes(json);
        int status = body.length > 64 * 1024 ? 413 : 400;
        return bodied(what, body, status, status == 400 ? field : null);
    }

    private static Arbitrary<String> controlCharacters() {
        Arbitrary<String> bad =
                Arbitraries.of(
                        "\\u0000",
                        "\\u0001",
                        "\\u001b",
                        "\\u007f",
                        "\\u0085",
                        "\\ud800",
                        "\\udfff",
                        "\\ud800\\ud800",
                        "a\\udc00b");
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(4);
        return net.jqwik.api.Combinators.combine(text, bad, text)
                .as((a, b, c) -> "\"" + a + b + c + "\"");
    }

    private Arbitrary<Bad> badBody() {
        String valid = json(validBody);
        String first = validBody.keySet().iterator().next();
        List<Bad> bodies = new ArrayList<>();
        bodies.add(propertyBody("trailing garbage", valid + "garbage", "body"));
        bodies.add(propertyBody("trailing object", valid + "{}", "body"));
        bodies.add(propertyBody("second object", valid + valid, "body"));
        bodies.add(propertyBody("not JSON", "hello", "body"));
        bodies.add(propertyBody("XML", "<application/>", "body"));
        bodies.add(propertyBody("truncated", valid.substring(0, valid.length() / 2), "body"));
        bodies.add(propertyBody("an array", "[" + valid + "]", "body"));
        bodies.add(propertyBody("a string", "\"" + first + "\"", "body"));
        bodies.add(propertyBody("a number", "42", "body"));
        bodies.add(propertyBody("JSON null", "null", null));
        bodies.add(propertyBody("unknown property", with("zzUnknown", "1"), "zzUnknown"));
        bodies.add(propertyBody("unknown odd property", with("a b\\u0000", "1"), null));
        bodies.add(
                propertyBody(
                        "duplicate " + first,
                        valid.replaceFirst(
                                "\\}$", ",\"" + first + "\":" + validBody.get(first) + "}"),
                        first));
        bodies.add(
                bodied(
                        "not UTF-8",
                        new byte[] {'{', '"', (byte) 0xC3, '(', '"', ':', '1', '}'},
                        400,
                        "body"));
        bodies.add(
                bodied(
                        "10 MB",
                        bodyBytes("{\"" + first + "\":\"" + "x".repeat(TEN_MB) + "\"}"),
                        413,
                        null));
        if (op.bodyRequired()) {
            bodies.add(bodied("empty body", new byte[0], 400, null));
            bodies.add(bodied("blank body", bodyBytes("  \n "), 400, null));
        }
        return Arbitraries.of(bodies);
    }

    private Arbitrary<Bad> badParam(Param p) {
        if (p.in().equals("header")) {
            if (!p.name().equals(IDEMPOTENCY_KEY)) {
                throw new AssertionError("No generator for the header parameter " + p.name());
            }
            return Arbitraries.of(
                            "",
                            "x".repeat(65),
                            "k".repeat(10_000),
                            "a b",
                            "key\u0001",
                            "键",
                            "key;drop",
                            "\u007f",
                            "a\tb")
                    .map(
                            k ->
                                    valid("bad key")
                                            .with(IDEMPOTENCY_KEY, k)
                                            .expecting(400, IDEMPOTENCY_KEY));
        }
        List<String> values =
                switch (p.name()) {
                    case "id", "borrowerId" -> BAD_IDS;
                    case "code", "format" -> List.of("x".repeat(33), "%00", "a%01b", "%7F", "XML");
                    case "limit" ->
                            List.of("-1", "0", "201", "abc", "1e3", "99999999999", "3.5", "%00");
                    case "name", "fileName" ->
                            List.of("n".repeat(201), "%00", "a%01b", "%ED%A0%80");
                    case "mobile" -> List.of("123", "abc", "1".repeat(40), "%00", "+8613800");
                    case "list" -> List.of(NO_SUCH_LIST, "%00", "a%01b", "%ED%A0%80");
                    default ->
                            throw new AssertionError(
                                    "No generator for the "
                                            + p.in()
                                            + " parameter "
                                            + p.name()
                                            + " of "
                                            + op.key());
                };
        boolean inPath = p.in().equals("path");
        // A product code or list name that is merely unknown is a 404; the others are invalid
        // input.
        return Arbitraries.of(values)
                .map(
                        v -> {
                            Bad valid = valid(p.name() + " = " + shown(v));
                            String path =
                                    inPath
                                            ? "/mcrc"
                                                    + op.path().replace("{" + p.name() + "}", v)
                                                    + (target.query() == null
                                                            ? ""
                                                            : "?" + target.query())
                                            : withQuery(valid.path(), p.name(), v);
                            int status =
                                    (p.name().equals("code") && v.equals("XML"))
                                                    || (p.name().equals("list")
                                                            && v.equals(NO_SUCH_LIST))
                                            ? 404
                                            : 400;
                            String field = p.name();
                            if (inPath && CONTAINER_REFUSED.contains(v)) {
                                field = BY_CONTAINER;
                            } else if (inPath && v.equals("%ED%A0%80")) {
                                field = "path"; // refused before routing: no parameter name yet
                            }
                            return new Bad(
                                    valid.what(),
                                    valid.method(),
                                    path,
                                    valid.headers(),
                                    valid.body(),
                                    status,
                                    status == 400 ? field : null);
                        });
    }

    private static String withQuery(String path, String name, String value) {
        String base = path.replaceAll("([?&])" + name + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return base + (base.contains("?") ? "&" : "?") + name + "=" + value;
    }

    private String with(String name, String value) {
        Map<String, String> body = new LinkedHashMap<>(validBody);
        body.put(name, value);
        return json(body);
    }

    private static String json(Map<String, String> body) {
        return body.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static byte[] bodyBytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    static String shown(String value) {
        String s =
                value.length() > 40
                        ? value.substring(0, 20) + "…(" + value.length() + " chars)"
                        : value;
        StringBuilder b = new StringBuilder();
        s.chars()
                .forEach(
                        c ->
                                b.append(
                                        c < 0x20 || c == 0x7f
                                                ? String.format("\\x%02x", c)
                                                : String.valueOf((char) c)));
        return b.toString();
    }
}
