package com.microcredit.web.api;

import com.microcredit.origination.api.ProductService;
import com.microcredit.origination.api.ProductView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The active loan products with their terms and the information paths they accept. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "CORE_BANKING"
})
public class ProductResource {

    @EJB private ProductService products;

    @GET
    @Operation(summary = "Active products")
    @APIResponse(
            responseCode = "200",
            description = "Products with amount and term ranges, methods and accepted paths")
    public List<ProductView> list() {
        return products.listActive();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One product")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "No such product")
    public ProductView find(@PathParam("code") String code) {
        String product = Params.text(code, "code", 32);
        return products.find(product == null ? "" : product)
                .orElseThrow(() -> new NotFoundException("No product " + product));
    }
}
