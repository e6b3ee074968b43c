package com.microcredit.web.shell;

import com.microcredit.protection.api.CallOrigin;
import com.microcredit.protection.api.LoginVerdict;
import com.microcredit.protection.api.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The login form's target. Before the user registry is asked, the login must not be locked and the
 * password must meet the password policy; then {@link HttpServletRequest#login} checks it against
 * the registry (demo or LDAP) exactly as form login would, and sets the single-sign-on cookie.
 * Every outcome is audited and failures count towards the lockout ({@link StaffAccess}). On success
 * the session id is renewed (no session fixation) and the browser goes back to the page that asked
 * for the login (Liberty's {@code WASReqURL} cookie, accepted only for a path inside this
 * application).
 */
@WebServlet(urlPatterns = "/signin")
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String RETURN_COOKIE = "WASReqURL";

    @EJB private transient StaffAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String user = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (user == null
                || user.isBlank()
                || password == null
                || password.isEmpty()
                || user.length() > 64
                || password.length() > 128) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?error=true");
            return;
        }
        CallOrigin.set(request.getRemoteAddr());
        LoginVerdict verdict = access.beforeLogin(user, password, "web");
        if (!verdict.allowed()) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.xhtml?error="
                            + (LoginVerdict.LOCKED.equals(verdict.outcome()) ? "locked" : "true"));
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(user.strip(), password);
        } catch (ServletException e) {
            access.loginFailed(user, "web");
            response.sendRedirect(request.getContextPath() + "/login.xhtml?error=true");
            return;
        }
        access.loginSucceeded(user, "web");
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String target = returnPath(cookie(request), request.getContextPath());
        Cookie clear = new Cookie(RETURN_COOKIE, "");
        clear.setPath("/");
        clear.setMaxAge(0);
        clear.setSecure(true);
        clear.setHttpOnly(true);
        clear.setAttribute("SameSite", "Lax");
        response.addCookie(clear);
        response.sendRedirect(target);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (RETURN_COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /**
     * The page to return to: a path inside this application only (never another site), else home.
     */
    static String returnPath(String cookieValue, String contextPath) {
        String home = contextPath + "/pages/home.xhtml";
        if (cookieValue == null || cookieValue.isBlank()) {
            return home;
        }
        try {
            URI uri =
                    URI.create(
                            URLDecoder.decode(
                                    cookieValue.replace("\"", ""), StandardCharsets.UTF_8));
            String path = uri.getRawPath();
            if (path == null
                    || !path.startsWith(contextPath + "/")
                    || path.contains("//")
                    || path.contains("..")
                    || path.startsWith(contextPath + "/signin")
                    || path.startsWith(contextPath + "/api/")) {
                return home;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return home;
        }
    }
}
