package com.microcredit.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Where browsers report what the Content-Security-Policy refused ({@code report-uri
 * /mcrc/csp-report} in the pages' policy and the server's default one, ADR 0029): each violation is
 * logged as one warning line (directive, what was blocked, the page and script without their query)
 * and counted. Open to everyone, the sign-in page reports too; a body over 16 KiB is refused with
 * 413 unread, anything that is not a report is ignored. Always 204 otherwise: a browser does
 * nothing with the answer.
 */
@WebServlet(urlPatterns = "/csp-report")
public class CspReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspReportServlet.class.getName());
    static final int MAX_BODY = 16 * 1024;
    private static final AtomicLong RECEIVED = new AtomicLong();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        for (String violation : CspReports.read(new String(body, StandardCharsets.UTF_8))) {
            LOG.warning(
                    "Content-Security-Policy violation #"
                            + RECEIVED.incrementAndGet()
                            + ": "
                            + violation);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
