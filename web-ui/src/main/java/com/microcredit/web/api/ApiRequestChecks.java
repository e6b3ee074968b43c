package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the JAX-RS runtime would refuse with a bare 400 of the servlet container (RESTEasy's "Failed
 * to parse request", no body of ours) or read wrongly, checked before it sees the request, so that
 * the answer is the API's own (found by GeneratedInputIT): a Content-Type that is not a media type
 * or names a charset other than UTF-8 (415), an Accept that is not a list of media types (406), a
 * path or query whose percent-escapes are not UTF-8 (400 naming the path or the query parameter). A
 * malformed Accept-Language is not an error: it is ignored ({@link #acceptLanguage}).
 */
final class ApiRequestChecks {

    private static final String RANGE = "(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)";
    private static final String WEIGHT =
            "(?:[ \\t]*;[ \\t]*[qQ][ \\t]*=[ \\t]*(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?";

    /** Accept-Language as RFC 9110 (12.5.4) has it: language ranges with optional weights. */
    private static final Pattern ACCEPT_LANGUAGE =
            Pattern.compile(
                    "[ \\t]*"
                            + RANGE
                            + WEIGHT
                            + "(?:[ \\t]*,[ \\t]*"
                            + RANGE
                            + WEIGHT
                            + ")*[ \\t]*");

    private ApiRequestChecks() {}

    /** The header when it is well-formed, else null (as if the caller had sent none). */
    static String acceptLanguage(String header) {
        return header != null && ACCEPT_LANGUAGE.matcher(header).matches() ? header : null;
    }

    /** The API's answer to a request the runtime cannot read, or null when it can. */
    static ApiError refusal(
            String contentType, String accept, String path, String query, Locale locale) {
        if (contentType != null && !jsonReadable(contentType)) {
            return withField(
                    ApiExceptionMapper.general(415, "UNSUPPORTED_MEDIA_TYPE", locale),
                    "Content-Type");
        }
        if (accept != null && !mediaTypes(accept)) {
            return withField(ApiExceptionMapper.general(406, "NOT_ACCEPTABLE", locale), "Accept");
        }
        if (path != null && decoded(path) == null) {
            return ApiExceptionMapper.error(new InvalidInputException("path", "NOT_UTF8"), locale);
        }
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
                if (name == null || value == null) {
                    String field = name == null ? "query" : JsonBodies.safeName(name);
                    return ApiExceptionMapper.error(
                            new InvalidInputException(field, "NOT_UTF8"), locale);
                }
            }
        }
        return null;
    }

    private static ApiError withField(ApiError e, String field) {
        return new ApiError(e.status(), e.code(), field, e.reason(), e.message());
    }

    /** A media type, and when it names a charset, UTF-8 (the only one the API reads). */
    private static boolean jsonReadable(String contentType) {
        MediaType type = parse(contentType);
        if (type == null) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null
                || charset.equalsIgnoreCase("UTF-8")
                || charset.equalsIgnoreCase("UTF8");
    }

    private static boolean mediaTypes(String accept) {
        for (String part : accept.split(",")) {
            if (parse(part) == null) {
                return false;
            }
        }
        return true;
    }

    private static MediaType parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return MediaType.valueOf(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The text of percent-escaped UTF-8 (plus signs as they are), or null when it is not. */
    static String decoded(String escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = escaped.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                bytes.write(raw[i]);
                continue;
            }
            if (i + 2 >= raw.length
                    || Character.digit(raw[i + 1], 16) < 0
                    || Character.digit(raw[i + 2], 16) < 0) {
                return null;
            }
            bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
