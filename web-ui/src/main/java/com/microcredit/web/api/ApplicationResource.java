package com.microcredit.web.api;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationSummary;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.ReviewReferral;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loan applications from intake to acceptance: submit, decide (through the five information paths),
 * accept the offer (limit reservation, schedule, disbursement instruction), withdraw, and the
 * credit officers' referral queue and review (maker-checker, enforced by the service).
 */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    /** The channel recorded for applications submitted through this API. */
    static final String CHANNEL = "API";

    @EJB private ApplicationService applications;

    @Context private UriInfo uri;

    @POST
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER"})
    @Operation(
            summary = "Submit an application",
            description = "The caller is recorded as its preparer")
    @APIResponse(responseCode = "201", description = "Submitted (status SUBMITTED)")
    @APIResponse(
            responseCode = "400",
            description = "Input outside the product's terms, with the field")
    public Response submit(ApplicationRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "REQUIRED");
        }
        ApplicationView submitted = applications.submit(request.toCommand(CHANNEL, null));
        return Response.created(location(uri, submitted.id())).entity(submitted).build();
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER"})
    @Operation(
            summary = "Decide a submitted application",
            description =
                    "APPROVE, DECLINE or REFER with the deciding rule, reason codes, every path's"
                            + " result and pricing")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Decided already (WRONG_STATE)")
    public ApplicationView decide(@PathParam("id") String idParam) {
        long id = Params.id(idParam, "id");
        return existing(id, () -> applications.decide(id));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        "BRANCH_STAFF",
        "ACCOUNT_MANAGER",
        "CREDIT_OFFICER",
        "RISK_MANAGER",
        "AUDITOR",
        "CORE_BANKING"
    })
    @Operation(summary = "One application with its decision, pricing and schedule")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView find(@PathParam("id") String idParam) {
        long id = Params.id(idParam, "id");
        return applications
                .find(id)
                .orElseThrow(() -> new NotFoundException("No application " + id));
    }

    @GET
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    @Operation(summary = "The applications of one borrower, newest first")
    @APIResponse(responseCode = "200", description = "Summaries")
    public List<ApplicationSummary> ofBorrower(@QueryParam("borrowerId") String borrowerId) {
        return applications.ofBorrower(Params.id(borrowerId, "borrowerId"));
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER"})
    @Operation(
            summary = "The borrower accepts the offer",
            description =
                    "Reserves against every applicable limit, fixes the schedule and instructs"
                            + " disbursement")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(
            responseCode = "409",
            description =
                    "No open offer (WRONG_STATE, OFFER_EXPIRED) or a limit refused (LIMIT_REFUSED)")
    public ApplicationView accept(@PathParam("id") String idParam) {
        long id = Params.id(idParam, "id");
        return existing(id, () -> applications.acceptOffer(id));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER"})
    @Operation(summary = "Withdraw the application or decline the offer; the reason is kept")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Accepted or closed already")
    public ApplicationView withdraw(@PathParam("id") String idParam, WithdrawalRequest request) {
        long id = Params.id(idParam, "id");
        if (request == null) {
            throw new InvalidInputException("reason", "REQUIRED");
        }
        return existing(id, () -> applications.withdraw(id, request.reason()));
    }

    @GET
    @Path("referrals")
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    @Operation(summary = "Referred applications waiting for a credit officer, oldest first")
    @APIResponse(responseCode = "200", description = "The referral queue")
    public List<ApplicationSummary> referralQueue() {
        return applications.referralQueue();
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed("CREDIT_OFFICER")
    @Operation(
            summary = "A credit officer approves or declines a referral",
            description = "Never by the person who prepared it (maker-checker)")
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "400", description = "The note is missing")
    @APIResponse(responseCode = "409", description = "APPROVAL_SAME_PERSON or WRONG_STATE")
    public ApplicationView review(@PathParam("id") String idParam, ReviewRequest request) {
        long id = Params.id(idParam, "id");
        if (request == null) {
            throw new InvalidInputException("approve", "REQUIRED");
        }
        return existing(
                id,
                () ->
                        applications.review(
                                new ReviewReferral(id, request.approve(), request.note())));
    }

    static java.net.URI location(UriInfo uri, long id) {
        return uri.getBaseUriBuilder()
                .path(ApplicationResource.class)
                .path(String.valueOf(id))
                .build();
    }

    /**
     * The service names a missing application as invalid input on applicationId: that is a 404
     * here.
     */
    private static ApplicationView existing(long id, Supplier<ApplicationView> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            if ("applicationId".equals(e.field())) {
                throw new NotFoundException("No application " + id);
            }
            throw e;
        }
    }
}
