package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.web.lists.ListCatalog;
import com.microcredit.web.lists.ListDefinition;
import com.microcredit.web.lists.ListExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lists that grow with the book (issue 26), as the pages read them: one page ({@code offset},
 * {@code limit} up to 200, {@code sort} from the list's whitelist, {@code dir} asc or desc, every
 * other query parameter a filter of the list) or the whole filtered list as CSV, streamed and
 * audited. The services check the caller's role per list. The answer's {@code Server-Timing} header
 * says how long the service took ({@code bin/benchmark lists}).
 */
@Path("lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lists")
@RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
public class ListResource {

    private static final Set<String> PAGING = Set.of("offset", "limit", "sort", "dir");

    @Inject private ListCatalog catalog;
    @Inject @BankZone private ZoneId bankZone;
    @EJB private AuditTrail trail;
    @Context private UriInfo uri;

    /** The caller's Accept-Language, read here, not declared: the API's one language rule. */
    @Context private HttpHeaders headers;

    @GET
    @Path("{list}")
    @Operation(summary = "One page of a list: rows and total (or hasMore when not counted)")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A sort key or filter the list refuses")
    @APIResponse(responseCode = "404", description = "No such list")
    public Response page(@PathParam("list") String name) {
        ListDefinition<?> list = list(name);
        PageRequest request = request();
        long start = System.nanoTime();
        PageResult<?> page = list.reader().read(request);
        double ms = (System.nanoTime() - start) / 1e6;
        return Response.ok(page)
                .header("Server-Timing", String.format(java.util.Locale.ROOT, "list;dur=%.1f", ms))
                .build();
    }

    @GET
    @Path("{list}/csv")
    @Produces({"text/csv; charset=UTF-8", MediaType.APPLICATION_JSON}) // JSON: a refusal's answer
    @Operation(
            summary = "The filtered list as CSV (UTF-8 with BOM), headers in the caller's language")
    @APIResponse(responseCode = "200", description = "The CSV file; the export is audited")
    public Response csv(@PathParam("list") String name) {
        String language = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        ListDefinition<?> list = list(name);
        PageRequest request = request().from(0);
        list.reader().read(request.withLimit(1)); // a refused sort or filter: 400 before the file
        StreamingOutput body =
                out ->
                        ListExport.write(
                                out, list, request, ApiLanguage.of(language), bankZone, trail);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ListExport.fileName(list) + "\"")
                .build();
    }

    private ListDefinition<?> list(String name) {
        return catalog.named(name)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "No list " + name + "; lists: " + ListCatalog.names()));
    }

    private PageRequest request() {
        var q = uri.getQueryParameters();
        int offset = Params.bounded(q.getFirst("offset"), "offset", 0, Integer.MAX_VALUE - 1, 0);
        int limit = Params.bounded(q.getFirst("limit"), "limit", 1, PageRequest.MAX_LIMIT, 25);
        String sort = Params.text(q.getFirst("sort"), "sort", 64);
        String dir = Params.text(q.getFirst("dir"), "dir", 4);
        if (dir != null && !List.of("asc", "desc").contains(dir)) {
            throw new InvalidInputException("dir", "NOT_ONE_OF", "asc, desc");
        }
        Map<String, String> filters = new HashMap<>();
        q.forEach(
                (k, v) -> {
                    if (!PAGING.contains(k) && !v.isEmpty()) {
                        filters.put(k, Params.text(v.get(0), k, 200));
                    }
                });
        return new PageRequest(offset, limit, sort, "desc".equals(dir), filters);
    }
}
