package com.microcredit.it;

import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * Test module only (mcrc-it.war): {@code /a11y/signal?loan=REFERENCE} raises an open warning signal
 * on the borrower of that demo loan (so the signal page can be checked at tablet width whatever
 * else ran) and answers its id.
 */
@RunAs("SYSTEM") // fixtures write through guarded services, as the demo loader does (ADR 0014)
@WebServlet("/a11y/*")
public class A11yFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB private NightlyFixture fixture;

    @EJB private EarlyWarningService warnings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain");
        if (!"/signal".equals(request.getPathInfo())) {
            response.sendError(404);
            return;
        }
        try {
            List<Object[]> rows =
                    fixture.rows(
                            "SELECT borrower_id FROM loan_exposure WHERE reference = ?",
                            request.getParameter("loan"));
            if (rows.isEmpty()) {
                response.sendError(404, "no loan " + request.getParameter("loan"));
                return;
            }
            long borrowerId = ((Number) rows.get(0)[0]).longValue();
            long id =
                    warnings.raise(
                                    new RaiseWarning(
                                            borrowerId,
                                            null,
                                            "SETTLEMENT_COVERAGE_30D",
                                            WarningLevel.YELLOW,
                                            "近30天经本行结算的流水占营业额的38%，低于50%的预警线",
                                            "a11y-test"))
                            .id();
            response.getWriter().print(id);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
