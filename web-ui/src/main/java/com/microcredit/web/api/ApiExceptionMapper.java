package com.microcredit.web.api;

import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into an {@link ApiError}: 400 with the field for invalid input, 409 with
 * the refusal code for a step the rules forbid, 401/403/404 as such, and 500 with an incident id
 * (the stack trace goes to the server log only).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable t) {
        return respond(error(t));
    }

    static Response respond(ApiError e) {
        Response.ResponseBuilder r =
                Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e);
        if (e.status() == 401) {
            r.header("WWW-Authenticate", ApiAuthenticationFilter.CHALLENGE);
        }
        return r.build();
    }

    private static ApiError error(Throwable t) {
        if (t instanceof InvalidInputException e) {
            return new ApiError(400, "INVALID_INPUT", e.field(), e.getMessage());
        } else if (t instanceof DecisionRefusedException e) {
            return new ApiError(409, e.code(), null, e.getMessage());
        } else if (t instanceof SupplyChainRefusedException e) {
            return new ApiError(409, "SUPPLY_CHAIN_REFUSED", null, e.getMessage());
        } else if (t instanceof LimitRefusedException e) {
            return new ApiError(409, "LIMIT_REFUSED", null, e.getMessage());
        } else if (t instanceof IdempotencyConflict e) {
            return new ApiError(409, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key", e.getMessage());
        } else if (t instanceof EJBAccessException || t instanceof ForbiddenException) {
            return new ApiError(403, "FORBIDDEN", null, "Your role does not allow this operation");
        } else if (t instanceof NotAuthorizedException) {
            return new ApiError(
                    401, "UNAUTHENTICATED", null, "Authentication required: HTTP Basic over HTTPS");
        } else if (t instanceof NotFoundException e) {
            return new ApiError(
                    404,
                    "NOT_FOUND",
                    null,
                    e.getMessage() == null || e.getMessage().startsWith("HTTP")
                            ? "No such resource"
                            : e.getMessage());
        } else if (t instanceof JsonbException || t instanceof ProcessingException) {
            return new ApiError(
                    400,
                    "MALFORMED_REQUEST",
                    null,
                    "The request body is not the JSON this operation takes");
        } else if (t instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return internal(t);
            }
            return new ApiError(
                    status,
                    e.getResponse()
                            .getStatusInfo()
                            .getReasonPhrase()
                            .toUpperCase()
                            .replace(' ', '_'),
                    null,
                    e.getResponse().getStatusInfo().getReasonPhrase());
        }
        return internal(t);
    }

    private static ApiError internal(Throwable t) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST API incident " + incident, t);
        return new ApiError(
                500,
                "INTERNAL_ERROR",
                null,
                "The request could not be completed; incident " + incident);
    }
}
