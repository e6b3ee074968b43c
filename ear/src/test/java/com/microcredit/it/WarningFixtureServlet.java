package com.microcredit.it;

import com.microcredit.benchmark.LoanBookGenerator.GeneratedLoan;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test module only (mcrc-it.war): lets a browser test prepare its data on the server. {@code book}
 * generates a small book and answers the reference of its most overdue loan; {@code signal?loan=}
 * answers the id of that loan's DAYS_PAST_DUE signal (empty until the nightly run raised it);
 * {@code associates?loan=} gives that loan's borrower a post-loan-monitoring consent for associated
 * persons and two registry rows (a legal representative with a phone, and the borrower of another
 * overdue loan as guarantor), and answers the guarantor's borrower id.
 */
@RunAs("SYSTEM") // fixtures write through guarded services, as the demo loader does (ADR 0014)
@WebServlet("/fixture/*")
public class WarningFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB private NightlyFixture fixture;

    @EJB private AssociatesFixture associates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain");
        try {
            if ("/book".equals(request.getPathInfo())) {
                long idBase =
                        10_000_000_000L * (1 + ThreadLocalRandom.current().nextInt(900))
                                + 5_000_000_000L;
                List<GeneratedLoan> loans =
                        fixture.generate(30, LocalDate.now(ZoneId.of("Asia/Shanghai")), 7L, idBase);
                GeneratedLoan worst =
                        loans.stream()
                                .max(
                                        (a, b) ->
                                                Integer.compare(
                                                        a.expectedDaysPastDue(),
                                                        b.expectedDaysPastDue()))
                                .orElseThrow();
                response.getWriter().print(worst.reference());
            } else if ("/signal".equals(request.getPathInfo())) {
                List<Object[]> rows =
                        fixture.rows(
                                "SELECT id FROM warning_signal WHERE loan_reference = ?"
                                        + " AND indicator_code = 'DAYS_PAST_DUE'",
                                request.getParameter("loan"));
                response.getWriter().print(rows.isEmpty() ? "" : String.valueOf(rows.get(0)[0]));
            } else if ("/associates".equals(request.getPathInfo())) {
                long borrower =
                        ((Number)
                                        fixture.rows(
                                                        "SELECT borrower_id FROM loan_exposure"
                                                                + " WHERE reference = ?",
                                                        request.getParameter("loan"))
                                                .get(0)[0])
                                .longValue();
                long guarantor =
                        ((Number)
                                        fixture.rows(
                                                        "SELECT borrower_id FROM loan_exposure"
                                                            + " WHERE borrower_id <> ? AND status ="
                                                            + " 'LIVE' AND days_past_due > 0 ORDER"
                                                            + " BY days_past_due DESC",
                                                        borrower)
                                                .get(0)[0])
                                .longValue();
                associates.consent(
                        borrower,
                        ConsentPurpose.POST_LOAN_MONITORING,
                        DataSource.ASSOCIATED_PERSONS);
                associates.registered(
                        borrower,
                        "LEGAL_REPRESENTATIVE",
                        "陈俊",
                        "110101199003071234",
                        "13812345678");
                associates.registered(
                        borrower,
                        "GUARANTOR",
                        "担保人" + guarantor,
                        associates.identityOf(guarantor),
                        null);
                response.getWriter().print(guarantor);
            } else {
                response.sendError(404);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
