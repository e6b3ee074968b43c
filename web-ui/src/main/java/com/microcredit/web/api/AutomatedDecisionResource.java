package com.microcredit.web.api;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.SubmitApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Automated decisions for machine channels: submit, decide and (optionally) accept in one
 * transaction. The caller's Idempotency-Key is the application's channel reference on channel API,
 * so a repeated request gets the earlier answer instead of a second application; the same key with
 * other terms, or from another caller, is refused (409) and decides nothing.
 */
@Path("applications/automated")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class AutomatedDecisionResource {

    static final String KEY_HEADER = "Idempotency-Key";

    @EJB private ApplicationService applications;

    @Context private UriInfo uri;

    @Context private SecurityContext security;

    @POST
    @RolesAllowed("CORE_BANKING")
    @Operation(
            summary = "Decide an application at once (idempotent)",
            description =
                    "With acceptOffer an approval is also accepted: limit reservation, schedule and"
                        + " disbursement instruction in the same transaction; a refused reservation"
                        + " rolls the whole step back (409 LIMIT_REFUSED).")
    @APIResponse(responseCode = "201", description = "Decided now")
    @APIResponse(
            responseCode = "200",
            description =
                    "The same key again: the earlier answer (header Idempotent-Replayed: true)")
    @APIResponse(responseCode = "400", description = "Invalid input, with the field")
    @APIResponse(
            responseCode = "409",
            description = "IDEMPOTENCY_KEY_REUSED with other terms, or LIMIT_REFUSED")
    public Response decide(
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = KEY_HEADER,
                            required = true,
                            description =
                                    "the caller's unique id for this request, 1-64 letters, digits"
                                            + " or . _ : -")
                    @HeaderParam(KEY_HEADER)
                    String key,
            AutomatedDecisionRequest request) {
        if (key == null || !key.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new InvalidInputException(KEY_HEADER, "IDEMPOTENCY_KEY_FORMAT", 64);
        }
        if (request == null) {
            throw new InvalidInputException("body", "REQUIRED");
        }
        SubmitApplication command =
                request.application().toCommand(ApplicationResource.CHANNEL, key);
        Instant started = Instant.now();
        boolean retried = false;
        ApplicationView view;
        try {
            view = applications.decideAutomatically(command, request.accept());
        } catch (EJBAccessException e) {
            throw e;
        } catch (EJBException e) {
            // A concurrent request with the same key won the unique channel reference: its answer
            // is ours.
            retried = true;
            view = applications.decideAutomatically(command, request.accept());
        }
        requireSameRequest(view, command);
        boolean replayed = retried || view.submittedAt().isBefore(started);
        return Response.status(replayed ? Response.Status.OK : Response.Status.CREATED)
                .location(ApplicationResource.location(uri, view.id()))
                .header("Idempotent-Replayed", String.valueOf(replayed))
                .entity(view)
                .build();
    }

    private void requireSameRequest(ApplicationView view, SubmitApplication c) {
        String caller = security.getUserPrincipal().getName();
        boolean same =
                caller.equals(view.preparedBy())
                        && view.borrowerId() == c.borrowerId()
                        && Objects.equals(view.productCode(), c.productCode())
                        && c.amount() != null
                        && view.amount().compareTo(c.amount()) == 0
                        && Objects.equals(view.currency(), c.currency())
                        && view.termMonths() == c.termMonths()
                        && Objects.equals(view.repaymentMethod(), c.repaymentMethod());
        if (!same) {
            throw new IdempotencyConflict(
                    "This Idempotency-Key was used before for another request");
        }
    }
}
