package com.microcredit.web.api;

import com.microcredit.platform.api.CodedRefusal;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.web.shell.Refusals;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into an {@link ApiError}: 400 with the field and reason for invalid input,
 * 409 with the refusal code for a step the rules forbid (APPROVAL_SAME_PERSON and the other codes
 * of the one maker-checker among them), 401/403/404/405/406/413/415 as such, and 500 with an
 * incident id (the stack trace goes to the server log only). Messages come from the web module's
 * bundles in the request's language; no framework message ever reaches the caller.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    /** Status codes the framework raises, with the API's code for each. */
    private static final Map<Integer, String> STATUS_CODES =
            Map.of(
                    400, "MALFORMED_REQUEST",
                    401, "UNAUTHENTICATED",
                    403, "FORBIDDEN",
                    404, "NOT_FOUND",
                    405, "METHOD_NOT_ALLOWED",
                    406, "NOT_ACCEPTABLE",
                    413, "BODY_TOO_LARGE",
                    415, "UNSUPPORTED_MEDIA_TYPE");

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable t) {
        Locale locale = ApiLanguage.of(acceptLanguage());
        return respond(error(t, locale));
    }

    private String acceptLanguage() {
        try {
            return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Response respond(ApiError e) {
        Response.ResponseBuilder r =
                Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e);
        if (e.status() == 401) {
            r.header("WWW-Authenticate", ApiAuthenticationFilter.CHALLENGE);
        }
        return r.build();
    }

    static ApiError error(Throwable t, Locale locale) {
        if (t instanceof CodedRefusal e) {
            return refused(e, locale);
        } else if (t instanceof JsonBodies.BodyTooLarge) {
            return general(413, "BODY_TOO_LARGE", locale, JsonBodies.MAX_BYTES / 1024);
        } else if (t instanceof LimitRefusedException e) {
            return new ApiError(409, "LIMIT_REFUSED", null, null, e.getMessage());
        } else if (t instanceof IdempotencyConflict) {
            return new ApiError(
                    409,
                    "IDEMPOTENCY_KEY_REUSED",
                    AutomatedDecisionResource.KEY_HEADER,
                    null,
                    Refusals.bundleText(locale, "api.error.IDEMPOTENCY_KEY_REUSED"));
        } else if (t instanceof EJBAccessException || t instanceof ForbiddenException) {
            return general(403, "FORBIDDEN", locale);
        } else if (t instanceof NotAuthorizedException) {
            return general(401, "UNAUTHENTICATED", locale);
        } else if (t instanceof JsonbException || t instanceof ProcessingException) {
            return general(400, "MALFORMED_REQUEST", locale);
        } else if (t instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500 || !STATUS_CODES.containsKey(status)) {
                return status >= 500
                        ? internal(t, locale)
                        : general(400, "MALFORMED_REQUEST", locale);
            }
            return general(status, STATUS_CODES.get(status), locale);
        }
        return internal(t, locale);
    }

    /**
     * A service's refusal, whatever its context: 400 INVALID_INPUT naming the field and its code
     * when it concerns one ("field: reason"), else 409 with the code itself (e.g.
     * APPROVAL_SAME_PERSON, the one maker-checker's refusal, or NOT_FOUND).
     */
    private static ApiError refused(CodedRefusal e, Locale locale) {
        String message = Refusals.withField(e, locale);
        return e.field() == null
                ? new ApiError(409, e.code(), null, null, message)
                : new ApiError(400, "INVALID_INPUT", e.field(), e.code(), message);
    }

    static ApiError general(int status, String code, Locale locale, Object... args) {
        return new ApiError(
                status, code, null, null, Refusals.bundleText(locale, "api.error." + code, args));
    }

    private static ApiError internal(Throwable t, Locale locale) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST API incident " + incident, t);
        return new ApiError(
                500,
                "INTERNAL_ERROR",
                null,
                null,
                Refusals.bundleText(locale, "api.error.INTERNAL_ERROR", incident));
    }
}
