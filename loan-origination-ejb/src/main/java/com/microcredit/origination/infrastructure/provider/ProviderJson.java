package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.application.DataSourceAdapter.SourceRequest;
import com.microcredit.origination.domain.association.AssociatedPerson;
import com.microcredit.origination.domain.association.Relation;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON of the provider contract (docs/providers.md): the request a query sends, and the check
 * of an answer against the request it belongs to – the request id, the attempt's nonce, the source
 * and the subject must be echoed, every fact well formed – before anything from it is used. An
 * answer that does not parse is MALFORMED; one that parses but belongs to another request is a
 * MISMATCH.
 */
public final class ProviderJson {

    static final String MALFORMED = "PROVIDER_MALFORMED_ANSWER";
    static final String MISMATCH = "PROVIDER_ANSWER_MISMATCH";
    private static final Pattern METRIC = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** What a checked answer holds: facts or persons, the provider's record ids, the as-of date. */
    public record Checked(
            List<Observation> facts,
            List<AssociatedPerson> persons,
            List<String> recordIds,
            LocalDate asOf) {}

    private ProviderJson() {}

    public static String request(String requestId, SourceRequest r, String clientId) {
        JsonObjectBuilder consent = Json.createObjectBuilder();
        putOrNull(consent, "reference", r.consentReference());
        JsonObjectBuilder b =
                Json.createObjectBuilder()
                        .add("requestId", requestId)
                        .add("client", clientId)
                        .add("source", r.source().name())
                        .add(
                                "subject",
                                Json.createObjectBuilder()
                                        .add("identityNumber", r.identityNumber()))
                        .add(
                                "purpose",
                                r.purpose() == null ? "CREDIT_ASSESSMENT" : r.purpose().name())
                        .add("consent", consent)
                        .add("asOf", r.asOf().toString());
        putOrNull(b, "caseReference", r.caseReference());
        return b.build().toString();
    }

    /** The provider's error code of a refusal body ({"error":{"code":…}}), or null. */
    public static String errorCode(String body) {
        try {
            JsonObject o = parse(body);
            JsonObject e = o.getJsonObject("error");
            return e == null ? null : e.getString("code", null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static Checked check(String body, ProviderQuery q, String nonce) {
        JsonObject o;
        try {
            o = parse(body);
        } catch (JsonException | IllegalStateException e) {
            throw new ProviderFailure(MALFORMED, "not a JSON object: " + e.getMessage(), true);
        }
        if (!q.requestId().equals(text(o, "requestId"))) {
            throw new ProviderFailure(MISMATCH, "requestId not echoed", true);
        }
        if (!nonce.equals(text(o, "nonce"))) {
            throw new ProviderFailure(MISMATCH, "nonce of this attempt not echoed", true);
        }
        if (!q.source().name().equals(text(o, "source"))) {
            throw new ProviderFailure(MISMATCH, "answer for source " + text(o, "source"), true);
        }
        if (!q.subject().equals(text(o, "subject"))) {
            throw new ProviderFailure(MISMATCH, "answer about another subject", true);
        }
        try {
            LocalDate asOf = LocalDate.parse(required(o, "asOf"));
            Set<String> ids = new LinkedHashSet<>();
            List<Observation> facts = new ArrayList<>();
            List<AssociatedPerson> persons = new ArrayList<>();
            if (q.source() == DataSource.ASSOCIATED_PERSONS) {
                for (JsonValue v : array(o, "persons")) {
                    JsonObject p = v.asJsonObject();
                    ids.add(recordId(p));
                    persons.add(
                            new AssociatedPerson(
                                    Relation.valueOf(required(p, "relation")),
                                    required(p, "name"),
                                    text(p, "identityNumber"),
                                    text(p, "phone"),
                                    null,
                                    "http"));
                }
            } else {
                for (JsonValue v : array(o, "facts")) {
                    JsonObject f = v.asJsonObject();
                    ids.add(recordId(f));
                    facts.add(fact(q.source(), f));
                }
            }
            return new Checked(facts, persons, List.copyOf(ids), asOf);
        } catch (DateTimeParseException
                | ClassCastException
                | NullPointerException
                | IllegalArgumentException e) {
            throw new ProviderFailure(MALFORMED, "bad answer: " + e.getMessage(), true);
        }
    }

    private static Observation fact(DataSource source, JsonObject f) {
        String metric = required(f, "metric");
        if (!METRIC.matcher(metric).matches()) {
            throw new IllegalArgumentException("metric " + metric);
        }
        String period = required(f, "period");
        LocalDate month = LocalDate.parse(period.length() == 7 ? period + "-01" : period);
        JsonValue amount = f.get("amount");
        if (amount == null) {
            throw new IllegalArgumentException("amount missing");
        }
        BigDecimal value =
                amount.getValueType() == JsonValue.ValueType.STRING
                        ? new BigDecimal(((JsonString) amount).getString())
                        : f.getJsonNumber("amount").bigDecimalValue();
        return new Observation(source, month.withDayOfMonth(1), metric, value);
    }

    private static String recordId(JsonObject o) {
        String id = required(o, "recordId");
        if (!RECORD_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("recordId " + id);
        }
        return id;
    }

    private static JsonArray array(JsonObject o, String name) {
        JsonArray a = o.getJsonArray(name);
        if (a == null) {
            throw new IllegalArgumentException(name + " missing");
        }
        return a;
    }

    private static String required(JsonObject o, String name) {
        String v = text(o, name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " missing");
        }
        return v;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static JsonObject parse(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body == null ? "" : body))) {
            return r.readObject();
        }
    }

    private static void putOrNull(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
