package com.microcredit.it;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Test-module servlet for tests that run outside the server (never shipped): {@code
 * /api-probe/counts} answers the row count of every entity ({@link ItProbe#rowCounts}), {@code
 * /api-probe/targets} the id of an existing borrower, application, hub, invoice and hub status
 * change (0 when there is none), so generated requests aim at real records.
 */
@WebServlet("/api-probe/*")
public class ApiProbeFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB private ItProbe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if ("/counts".equals(request.getPathInfo())) {
            probe.rowCounts().forEach(json::add);
        } else if ("/targets".equals(request.getPathInfo())) {
            Map.of(
                            "BORROWER", "Borrower",
                            "APPLICATION", "LoanApplication",
                            "HUB", "HubEnterprise",
                            "INVOICE", "TradeRecord",
                            "STATUS_CHANGE", "HubStatusChange")
                    .forEach((target, entity) -> json.add(target, firstId(entity)));
        } else {
            response.sendError(404);
            return;
        }
        response.setContentType("application/json");
        response.getWriter().write(json.build().toString());
    }

    private long firstId(String entity) {
        Object id = probe.firstValue("select min(e.id) from " + entity + " e", Map.of());
        return id == null ? 0 : ((Number) id).longValue();
    }
}
