package com.microcredit.web.shell;

import com.microcredit.protection.api.CallOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Where each request comes from, for every page and API call (including those other modules add):
 * the client's address is handed to the audit trail ({@link CallOrigin}) for the request's
 * duration; and a state-changing request (POST, PUT, PATCH, DELETE) whose {@code Origin} header
 * names another site is refused with 403 – a second CSRF defence beside the Faces view state
 * (pages) and the API's refusal of cookie-only credentials. The container's own {@code
 * j_security_check} is closed: sign-in goes through {@link SignInServlet}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().endsWith("/j_security_check")) {
            // Sign-in goes through /signin only, where lockout and password policy apply.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (isCrossSiteWrite(
                request.getMethod(),
                request.getHeader("Origin"),
                request.getScheme(),
                request.getServerName(),
                request.getServerPort())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
            return;
        }
        CallOrigin.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            CallOrigin.clear();
        }
    }

    /**
     * A write whose Origin is present and not this server (scheme, host and port). "null" origins
     * are refused too.
     */
    static boolean isCrossSiteWrite(
            String method, String origin, String scheme, String host, int port) {
        if (origin == null
                || method == null
                || method.equals("GET")
                || method.equals("HEAD")
                || method.equals("OPTIONS")) {
            return false;
        }
        try {
            URI o = URI.create(origin.trim());
            if (o.getScheme() == null || o.getHost() == null) {
                return true;
            }
            int originPort =
                    o.getPort() != -1
                            ? o.getPort()
                            : (o.getScheme().equalsIgnoreCase("https") ? 443 : 80);
            return !(o.getScheme().equalsIgnoreCase(scheme)
                    && o.getHost().equalsIgnoreCase(host)
                    && originPort == port);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
