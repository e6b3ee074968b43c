package com.microcredit.web.api;

import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.supplychain.api.ChainGraphView;
import com.microcredit.supplychain.api.FinanceInvoice;
import com.microcredit.supplychain.api.FinancingView;
import com.microcredit.supplychain.api.HubHealthService;
import com.microcredit.supplychain.api.HubPaymentReport;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.ImportReport;
import com.microcredit.supplychain.api.ImportTrades;
import com.microcredit.supplychain.api.InvoiceFinancingService;
import com.microcredit.supplychain.api.InvoiceView;
import com.microcredit.supplychain.api.ProposeHubStatus;
import com.microcredit.supplychain.api.StatusChangeView;
import com.microcredit.supplychain.api.TradeImportService;
import com.microcredit.supplychain.api.TradeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supply-chain finance: the chain of a hub, hub status changes under maker-checker, invoice
 * confirmation and financing, the hub's payments from core banking, and trade files from hubs. Rule
 * refusals answer 409 SUPPLY_CHAIN_REFUSED (or LIMIT_REFUSED) with the reason.
 */
@Path("supply-chain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supply chain")
public class SupplyChainResource {

    @EJB private HubService hubs;
    @EJB private HubHealthService health;
    @EJB private InvoiceFinancingService financing;
    @EJB private TradeImportService imports;

    @GET
    @Path("hubs/{id}/chain")
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    @Operation(summary = "The hub and its members with standing and live exposure")
    public ChainGraphView chain(@PathParam("id") String hubIdParam) {
        long hubId = Params.id(hubIdParam, "id");
        return hubs.chainGraph(hubId);
    }

    @GET
    @Path("hubs/{id}/invoices")
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    @Operation(summary = "The hub's invoices, newest first, with their financing")
    public List<InvoiceView> invoices(@PathParam("id") String hubIdParam) {
        long hubId = Params.id(hubIdParam, "id");
        return financing.invoicesOf(hubId);
    }

    @POST
    @Path("invoices/{id}/confirmation")
    @RolesAllowed("CREDIT_OFFICER")
    @Operation(summary = "Record the hub's confirmation of an invoice")
    public TradeView confirm(@PathParam("id") String invoiceIdParam) {
        long invoiceId = Params.id(invoiceIdParam, "id");
        return financing.confirmInvoice(invoiceId);
    }

    @POST
    @Path("invoices/{id}/financing")
    @RolesAllowed("CREDIT_OFFICER")
    @Operation(
            summary = "Finance a hub-confirmed invoice at the advance rate",
            description =
                    "Refused (409) if the invoice is already financed, even by a concurrent"
                            + " request")
    @APIResponse(responseCode = "200", description = "Financed (status ADVANCED)")
    @APIResponse(
            responseCode = "409",
            description = "SUPPLY_CHAIN_REFUSED or LIMIT_REFUSED with the reason")
    public FinancingView finance(
            @PathParam("id") String invoiceIdParam, SupplyChainRequests.FinancingRequest request) {
        long invoiceId = Params.id(invoiceIdParam, "id");
        if (request == null) {
            throw new InvalidInputException("body", "REQUIRED");
        }
        return financing.finance(
                new FinanceInvoice(
                        invoiceId,
                        request.industryCode(),
                        request.regionCode(),
                        request.branchCode()));
    }

    @POST
    @Path("hub-payments")
    @RolesAllowed("CORE_BANKING")
    @Operation(
            summary = "Core banking reports the hub's payment of a financed invoice",
            description =
                    "Applied once per hub and payment reference; a repeated report returns the"
                            + " financing unchanged")
    public FinancingView hubPayment(SupplyChainRequests.HubPaymentRequest r) {
        if (r == null) {
            throw new InvalidInputException("body", "REQUIRED");
        }
        return financing.applyHubPayment(
                new HubPaymentReport(
                        r.hubId(),
                        r.invoiceNumber(),
                        r.paymentReference(),
                        r.amount(),
                        r.currency(),
                        r.valueDate()));
    }

    @POST
    @Path("hubs/{id}/status-changes")
    @RolesAllowed("RISK_MANAGER")
    @Operation(
            summary = "Propose a hub status change (applied when a second risk manager approves)")
    public StatusChangeView propose(
            @PathParam("id") String hubIdParam, SupplyChainRequests.StatusRequest r) {
        long hubId = Params.id(hubIdParam, "id");
        if (r == null) {
            throw new InvalidInputException("body", "REQUIRED");
        }
        return health.propose(new ProposeHubStatus(hubId, r.status(), r.reason()));
    }

    @POST
    @Path("status-changes/{id}/approval")
    @RolesAllowed("RISK_MANAGER")
    @Operation(summary = "Approve a proposed hub status change (not by its proposer)")
    public StatusChangeView approve(
            @PathParam("id") String changeIdParam, SupplyChainRequests.DecisionNote n) {
        long changeId = Params.id(changeIdParam, "id");
        return health.approve(changeId, n == null ? null : n.note());
    }

    @POST
    @Path("status-changes/{id}/rejection")
    @RolesAllowed("RISK_MANAGER")
    @Operation(summary = "Reject (or withdraw) a proposed hub status change")
    public StatusChangeView reject(
            @PathParam("id") String changeIdParam, SupplyChainRequests.DecisionNote n) {
        long changeId = Params.id(changeIdParam, "id");
        return health.reject(changeId, n == null ? null : n.note());
    }

    @POST
    @Path("hubs/{id}/trade-files")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER"})
    @Operation(
            summary = "Import a hub's trade file (CSV or JSON), all rows or none",
            description =
                    "200 with outcome IMPORTED, or REFUSED with every rejected row and its reasons;"
                            + " 400 without format (CSV or JSON) or file")
    public ImportReport importFile(
            @PathParam("id") String hubIdParam,
            @QueryParam("format") String format,
            @QueryParam("fileName") String fileName,
            byte[] content) {
        long hubId = Params.id(hubIdParam, "id");
        String name = Params.text(fileName, "fileName", 200);
        String kind = Params.text(format, "format", 8);
        if (kind == null) {
            throw new InvalidInputException("format", "REQUIRED");
        }
        if (!kind.equalsIgnoreCase("CSV") && !kind.equalsIgnoreCase("JSON")) {
            throw new InvalidInputException("format", "FORMAT");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("body", "REQUIRED");
        }
        // A readable file with refused rows is the import's own answer (200 REFUSED, recorded);
        // a request without a format or a file is invalid input and records nothing.
        return imports.importTrades(new ImportTrades(hubId, name, kind, content));
    }
}
