package com.microcredit.web.api;

import com.microcredit.protection.api.CallOrigin;
import com.microcredit.protection.api.LoginVerdict;
import com.microcredit.protection.api.StaffAccess;
import com.microcredit.web.shell.Refusals;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * HTTP Basic authentication for the REST API against the server's user registry, while the pages
 * keep form login (docs/adr/0006-rest-api-security.md). /api/* has no auth-constraint in web.xml,
 * so the container never redirects an API call to the login page; this filter authenticates every
 * call with {@link HttpServletRequest#login} (Liberty's authentication cache keeps that from
 * re-hashing the password on every call), answers 401 with a Basic challenge when credentials are
 * missing or wrong, and keeps API calls stateless: the single-sign-on cookie the container adds on
 * login is dropped and no HTTP session can be created. A page session never stands in for the
 * credentials: authentication data on unprotected paths is not used by the container (server.xml),
 * so the password is checked on every call. Bodies over {@link JsonBodies#MAX_BYTES} are refused
 * (413) before they are read. Roles are checked per operation by {@code @RolesAllowed} on the
 * resources and again by the EJBs. The sign-in controls of {@link StaffAccess} apply as on the
 * login form: a locked login or a password outside the policy is refused before the registry is
 * asked, and wrong passwords count towards the lockout (audited).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The largest trade file the API reads (the import page's limit). */
    static final long TRADE_FILE_MAX_BYTES = 20L * 1024 * 1024;

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
        Locale locale = ApiLanguage.of(request.getHeader("Accept-Language"));
        Credentials credentials = Credentials.parse(request.getHeader("Authorization"));
        if (credentials == null) {
            unauthorized(response, locale, "UNAUTHENTICATED");
            return;
        }
        if (request.getUserPrincipal() != null) {
            // server.xml turns off authentication from cookies for unprotected paths, so a page
            // session never authenticates an API call; should that setting be lost, refuse rather
            // than act on the page session.
            unauthorized(response, locale, "PAGE_SESSION_REFUSED");
            return;
        }
        CallOrigin.set(request.getRemoteAddr());
        LoginVerdict verdict =
                access.beforeLogin(credentials.user(), credentials.password(), "api");
        if (!verdict.allowed()) {
            unauthorized(
                    response,
                    locale,
                    LoginVerdict.LOCKED.equals(verdict.outcome()) ? "LOCKED" : "BAD_CREDENTIALS");
            return;
        }
        try {
            request.login(credentials.user(), credentials.password());
        } catch (ServletException e) {
            access.loginFailed(credentials.user(), "api");
            unauthorized(response, locale, "BAD_CREDENTIALS");
            return;
        }
        // The container adds its single-sign-on cookie on login; an API call keeps no state.
        response.reset();
        apiHeaders(response);
        long limit = bodyLimit(request);
        if (request.getContentLengthLong() > limit) {
            refuse(
                    response,
                    413,
                    "BODY_TOO_LARGE",
                    Refusals.bundleText(locale, "api.error.BODY_TOO_LARGE", limit / 1024));
            return;
        }
        ApiError unreadable =
                ApiRequestChecks.refusal(
                        request.getHeader("Content-Type"),
                        request.getHeader("Accept"),
                        request.getRequestURI(),
                        request.getQueryString(),
                        locale);
        if (unreadable != null) {
            refuse(response, unreadable);
            return;
        }
        chain.doFilter(new Stateless(request, limit), response);
    }

    /** Trade files may be large (as on the import page); every other body is small JSON. */
    static long bodyLimit(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path != null && path.endsWith("/trade-files")
                ? TRADE_FILE_MAX_BYTES
                : JsonBodies.MAX_BYTES;
    }

    private static void apiHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    private static void unauthorized(HttpServletResponse response, Locale locale, String why)
            throws IOException {
        response.reset();
        apiHeaders(response);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        refuse(response, 401, "UNAUTHENTICATED", Refusals.bundleText(locale, "api.error." + why));
    }

    private static void refuse(HttpServletResponse response, ApiError e) throws IOException {
        var json = Json.createObjectBuilder().add("status", e.status()).add("code", e.code());
        if (e.field() != null) {
            json.add("field", e.field());
        }
        if (e.reason() != null) {
            json.add("reason", e.reason());
        }
        response.setStatus(e.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.add("message", e.message()).build().toString());
    }

    private static void refuse(HttpServletResponse response, int status, String code, String text)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(
                        Json.createObjectBuilder()
                                .add("status", status)
                                .add("code", code)
                                .add("message", text)
                                .build()
                                .toString());
    }

    /**
     * A request that can never create an HTTP session (the API is stateless) and whose body ends
     * with {@link JsonBodies.BodyTooLarge} past its limit, also when it is sent without a length.
     */
    static final class Stateless extends HttpServletRequestWrapper {

        private final long limit;

        Stateless(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new BoundedInput(super.getInputStream(), limit);
        }

        /** A malformed Accept-Language is ignored, as if none was sent (ApiRequestChecks). */
        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return "Accept-Language".equalsIgnoreCase(name)
                    ? ApiRequestChecks.acceptLanguage(value)
                    : value;
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            if (!"Accept-Language".equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            String value = getHeader(name);
            return java.util.Collections.enumeration(
                    value == null ? java.util.List.of() : java.util.List.of(value));
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

    /** A body stream that refuses to deliver more than its limit. */
    static final class BoundedInput extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedInput(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new JsonBodies.BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
