package com.microcredit.web.api;

import com.microcredit.protection.api.CallOrigin;
import com.microcredit.protection.api.LoginVerdict;
import com.microcredit.protection.api.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;

/**
 * HTTP Basic authentication for the REST API against the server's user registry, while the pages
 * keep form login (docs/adr/0006-rest-api-security.md). /api/* has no auth-constraint in web.xml,
 * so the container never redirects an API call to the login page; this filter authenticates every
 * call with {@link HttpServletRequest#login} (Liberty's authentication cache keeps that from
 * re-hashing the password on every call), answers 401 with a Basic challenge when credentials are
 * missing or wrong, and keeps API calls stateless: the single-sign-on cookie the container adds on
 * login is dropped and no HTTP session can be created. Roles are checked per operation by
 * {@code @RolesAllowed} on the resources and again by the EJBs. The sign-in controls of {@link
 * StaffAccess} apply as on the login form: a locked login or a password outside the policy is
 * refused before the registry is asked, and wrong passwords count towards the lockout (audited).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHALLENGE = "Basic realm=\"mcrc\", charset=\"UTF-8\"";

    @EJB private transient StaffAccess access;

    /** User name and password from an Authorization header. */
    record Credentials(String user, String password) {

        /** Null when the header is absent or not well-formed HTTP Basic. */
        static Credentials parse(String header) {
            if (header == null
                    || header.length() < 7
                    || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            String decoded;
            try {
                decoded =
                        new String(
                                Base64.getDecoder().decode(header.substring(6).trim()),
                                StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? null
                    : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }

        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Credentials credentials = Credentials.parse(request.getHeader("Authorization"));
        if (credentials == null) {
            unauthorized(response, "Authentication required: HTTP Basic over HTTPS");
            return;
        }
        CallOrigin.set(request.getRemoteAddr());
        Principal current = request.getUserPrincipal();
        if (current == null) {
            LoginVerdict verdict =
                    access.beforeLogin(credentials.user(), credentials.password(), "api");
            if (!verdict.allowed()) {
                unauthorized(
                        response,
                        LoginVerdict.LOCKED.equals(verdict.outcome())
                                ? "Too many failed sign-ins: this login is locked for a while"
                                : "User name or password not accepted");
                return;
            }
            try {
                request.login(credentials.user(), credentials.password());
            } catch (ServletException e) {
                access.loginFailed(credentials.user(), "api");
                unauthorized(response, "User name or password not accepted");
                return;
            }
            // The container adds its single-sign-on cookie on login; an API call keeps no state.
            response.reset();
        } else if (!current.getName().equals(credentials.user())) {
            unauthorized(response, "The credentials do not match the signed-in user");
            return;
        }
        apiHeaders(response);
        chain.doFilter(new Stateless(request), response);
    }

    private static void apiHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    private static void unauthorized(HttpServletResponse response, String message)
            throws IOException {
        response.reset();
        apiHeaders(response);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(
                        Json.createObjectBuilder()
                                .add("status", 401)
                                .add("code", "UNAUTHENTICATED")
                                .add("message", message)
                                .build()
                                .toString());
    }

    /** A request that can never create an HTTP session: the API is stateless. */
    static final class Stateless extends HttpServletRequestWrapper {

        Stateless(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing == null && create) {
                throw new IllegalStateException("The REST API is stateless: no HTTP session");
            }
            return existing;
        }
    }
}
