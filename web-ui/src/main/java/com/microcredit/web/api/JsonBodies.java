package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads every JSON request body of the API into its record, strictly: at most {@link #MAX_BYTES}
 * (413 beyond), valid UTF-8, one JSON object and nothing after it, each property once and known to
 * the record, each value of the component's type ({@link RecordFields}), then the component's
 * constraints. A refusal is a 400 naming the property; nothing reaches a service before the whole
 * body is read and checked. An empty body reads as null (the resource decides whether it needs
 * one).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodies implements MessageBodyReader<Record> {

    /** The largest request body the API reads: 64 KiB, far above any valid request. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public boolean isReadable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(JsonBodies.class.getPackageName());
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        String text = utf8(entityStream);
        return text.isBlank() ? null : read(type, text);
    }

    /** The body as text: at most MAX_BYTES of valid UTF-8. */
    static String utf8(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (bytes.size() + n > MAX_BYTES) {
                throw new BodyTooLarge();
            }
            bytes.write(buffer, 0, n);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "NOT_UTF8");
        }
    }

    /** The record from one JSON object, every property checked. */
    static <T extends Record> T read(Class<T> type, String json) {
        Map<String, JsonValue> values = object(json);
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = new HashMap<>();
        for (RecordComponent c : components) {
            byName.put(c.getName(), c);
        }
        for (String name : values.keySet()) {
            if (!byName.containsKey(name)) {
                throw new InvalidInputException(safeName(name), "UNKNOWN_PROPERTY");
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = RecordFields.convert(components[i], values.get(components[i].getName()));
            types[i] = components[i].getType();
        }
        for (int i = 0; i < components.length; i++) {
            RecordFields.check(components[i], args[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** The top-level properties of one JSON object; refuses anything else or anything after it. */
    private static Map<String, JsonValue> object(String json) {
        Map<String, JsonValue> values = new HashMap<>();
        try (JsonParser p = Json.createParser(new StringReader(json))) {
            if (!p.hasNext() || p.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidInputException("body", "NOT_AN_OBJECT");
            }
            while (true) {
                JsonParser.Event e = p.next();
                if (e == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String name = p.getString();
                p.next();
                JsonValue value;
                try {
                    value = p.getValue();
                } catch (NumberFormatException | ArithmeticException tooLarge) {
                    throw new InvalidInputException(
                            safeName(name), "OUT_OF_RANGE", "-1e40", "1e40");
                }
                if (values.put(name, value) != null) {
                    throw new InvalidInputException(safeName(name), "DUPLICATE_PROPERTY");
                }
            }
            if (more(p)) {
                throw new InvalidInputException("body", "TRAILING_CONTENT");
            }
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "MALFORMED_JSON");
        } catch (JsonException | java.util.NoSuchElementException | IllegalStateException e) {
            throw new InvalidInputException("body", "MALFORMED_JSON");
        }
        return values;
    }

    private static boolean more(JsonParser p) {
        try {
            return p.hasNext();
        } catch (JsonException e) {
            return true;
        }
    }

    /** A property name fit to be echoed: printable, at most 64 characters. */
    static String safeName(String name) {
        String printable = name.replaceAll("[^\\p{L}\\p{N}_.\\-]", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }

    /** A body over {@link #MAX_BYTES}: 413. */
    static final class BodyTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("BODY_TOO_LARGE");
        }
    }
}
