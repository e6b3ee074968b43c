package com.microcredit.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the OpenAPI document state what the server accepts: the schema of every request body is
 * generated here from its record – one property per component, its JSON type and the same Jakarta
 * Validation constraints the request reader enforces ({@link RecordFields}) – instead of the
 * annotation scanner's reading (which took the accessor {@code settlementAccount()} for a setter of
 * a property "tlementAccount"). The document lists HTTPS servers only. Registered by {@code
 * mp.openapi.filter} in META-INF/microprofile-config.properties.
 */
public class ApiSchemaFilter implements OASFilter {

    /** Every request body of the API. */
    static final List<Class<? extends Record>> REQUEST_BODIES =
            List.of(
                    EnterpriseIntake.class,
                    IndividualIntake.class,
                    ApplicationRequest.class,
                    AutomatedDecisionRequest.class,
                    ReviewRequest.class,
                    WithdrawalRequest.class,
                    SupplyChainRequests.FinancingRequest.class,
                    SupplyChainRequests.HubPaymentRequest.class,
                    SupplyChainRequests.StatusRequest.class,
                    SupplyChainRequests.DecisionNote.class);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = new LinkedHashMap<>(api.getComponents().getSchemas());
            for (Class<? extends Record> body : REQUEST_BODIES) {
                Schema existing = schemas.get(body.getSimpleName());
                if (existing != null) {
                    schemas.put(body.getSimpleName(), schemaOf(body, existing.getDescription()));
                }
            }
            api.getComponents().setSchemas(schemas);
        }
        // With servers of its own the document gets none added by the server (which would list
        // its plain-HTTP port too): HTTPS only, the host and port as variables.
        api.setServers(
                new ArrayList<>(
                        List.of(
                                OASFactory.createServer()
                                        .url("https://{host}:{port}")
                                        .description("this server, over HTTPS only")
                                        .variables(
                                                new LinkedHashMap<>(
                                                        Map.of(
                                                                "host",
                                                                OASFactory.createServerVariable()
                                                                        .defaultValue("localhost"),
                                                                "port",
                                                                OASFactory.createServerVariable()
                                                                        .defaultValue(
                                                                                httpsPort())))))));
    }

    private static String httpsPort() {
        String port = System.getenv("HTTPS_PORT");
        return port == null || port.isBlank() ? "9443" : port.strip();
    }

    /** The JSON schema of a request record, from its components and their constraints. */
    static Schema schemaOf(Class<? extends Record> body, String description) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent c : body.getRecordComponents()) {
            properties.put(c.getName(), property(c));
            if (RecordFields.annotation(c, NotNull.class) != null) {
                required.add(c.getName());
            }
        }
        Schema schema =
                OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .description(description)
                        .properties(properties)
                        .additionalPropertiesBoolean(Boolean.FALSE);
        return required.isEmpty() ? schema : schema.required(required);
    }

    private static Schema property(RecordComponent c) {
        Schema p = OASFactory.createSchema();
        Class<?> type = c.getType();
        if (type == String.class) {
            p.type(Schema.SchemaType.STRING);
        } else if (type == Long.class) {
            p.type(Schema.SchemaType.INTEGER).format("int64");
        } else if (type == Integer.class) {
            p.type(Schema.SchemaType.INTEGER).format("int32");
        } else if (type == Boolean.class) {
            p.type(Schema.SchemaType.BOOLEAN);
        } else if (type == BigDecimal.class) {
            p.type(Schema.SchemaType.NUMBER);
        } else if (type == LocalDate.class) {
            p.type(Schema.SchemaType.STRING).format("date");
        }
        Size size = RecordFields.annotation(c, Size.class);
        if (size != null) {
            p.maxLength(size.max());
            if (size.min() > 0) {
                p.minLength(size.min());
            }
        }
        Pattern pattern = RecordFields.annotation(c, Pattern.class);
        if (pattern != null) {
            p.pattern("^(" + pattern.regexp() + ")$");
        }
        BigDecimal min = RecordFields.minimum(c);
        BigDecimal max = RecordFields.maximum(c);
        if (min != null) {
            p.minimum(min);
        }
        if (max != null) {
            p.maximum(max);
        }
        var digits = RecordFields.annotation(c, jakarta.validation.constraints.Digits.class);
        if (digits != null) {
            p.multipleOf(BigDecimal.ONE.movePointLeft(digits.fraction()));
            if (max == null) {
                p.maximum(BigDecimal.TEN.pow(digits.integer())).exclusiveMaximum(Boolean.TRUE);
            }
        }
        var doc =
                RecordFields.annotation(
                        c, org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (doc != null) {
            if (!doc.description().isEmpty()) {
                p.description(doc.description());
            }
            if (!doc.example().isEmpty()) {
                p.example(doc.example());
            }
            if (doc.enumeration().length > 0) {
                p.enumeration(new ArrayList<>(Arrays.asList((Object[]) doc.enumeration())));
            }
            if (!doc.defaultValue().isEmpty()) {
                p.defaultValue(doc.defaultValue());
            }
        }
        return p;
    }
}
