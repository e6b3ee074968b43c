package com.microcredit.web.api;

import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.InvalidInputException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Borrower intake and look-up. Identity numbers, addresses, accounts and mobile numbers are masked
 * in every answer.
 */
@Path("borrowers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Borrowers")
public class BorrowerResource {

    @EJB private BorrowerService borrowers;

    @Context private UriInfo uri;

    @POST
    @Path("enterprises")
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER"})
    @Operation(summary = "Register a micro or small enterprise")
    @APIResponse(
            responseCode = "201",
            description = "Registered; identity number masked in the answer")
    @APIResponse(
            responseCode = "400",
            description = "Invalid input, with the field (e.g. creditCode)")
    public Response registerEnterprise(EnterpriseIntake intake) {
        return created(borrowers.registerEnterprise(required(intake).toCommand()));
    }

    @POST
    @Path("individuals")
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER"})
    @Operation(summary = "Register an individual or household")
    @APIResponse(
            responseCode = "201",
            description = "Registered; identity number masked in the answer")
    @APIResponse(
            responseCode = "400",
            description = "Invalid input, with the field (e.g. residentIdNumber)")
    public Response registerIndividual(IndividualIntake intake) {
        return created(borrowers.registerIndividual(required(intake).toCommand()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    @Operation(summary = "One borrower")
    @APIResponse(responseCode = "200", description = "The borrower, identity data masked")
    @APIResponse(responseCode = "404", description = "No such borrower")
    public BorrowerView find(@PathParam("id") String idParam) {
        long id = Params.id(idParam, "id");
        return borrowers.find(id).orElseThrow(() -> new NotFoundException("No borrower " + id));
    }

    @GET
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    @Operation(
            summary = "Search borrowers by name or by contact mobile number",
            description =
                    "With mobile, the borrowers whose contact mobile is that number (exact match on"
                            + " a keyed hash; the number is stored only encrypted); otherwise those"
                            + " whose name contains name.")
    @APIResponse(
            responseCode = "200",
            description = "Matching borrowers, identity data and mobile masked")
    @APIResponse(responseCode = "400", description = "mobile is not a mainland mobile number")
    public List<BorrowerView> search(
            @Parameter(description = "part of the name, at most 200 characters") @QueryParam("name")
                    String nameParam,
            @Parameter(description = "mainland mobile number, 11 digits") @QueryParam("mobile")
                    String mobile,
            @Parameter(description = "at most this many borrowers, 1 to 200 (default 50)")
                    @QueryParam("limit")
                    String limitParam) {
        String name = Params.text(nameParam, "name", 200);
        int limit = Params.bounded(limitParam, "limit", 1, 200, 50);
        Params.text(mobile, "mobile", 32);
        if (mobile != null && !mobile.isBlank()) {
            String digits =
                    mobile.strip().replaceAll("[\\s-]", "").replaceFirst("^(\\+86|0086)", "");
            if (!digits.matches("1[3-9]\\d{9}")) {
                throw new InvalidInputException("mobile", "MOBILE_FORMAT");
            }
            return borrowers.search(digits, limit);
        }
        return borrowers.search(name == null ? "" : name, limit);
    }

    private Response created(BorrowerView b) {
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path(BorrowerResource.class)
                                .path(String.valueOf(b.id()))
                                .build())
                .entity(b)
                .build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "REQUIRED");
        }
        return body;
    }
}
