package com.microcredit.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * No page or answer of the application is kept in a cache (they show borrowers' data). The other
 * security headers (CSP, X-Frame-Options, HSTS, nosniff, Referrer-Policy) are set by the server's
 * HTTP channel on every response, the container's own included: {@code httpEndpoint > headers} in
 * server-config's server.xml is their one source, except the pages' CSP, which PrimeFaces' nonce
 * mode states with each page's nonce (web.xml {@code primefaces.CSP_POLICY}, ADR 0029).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
