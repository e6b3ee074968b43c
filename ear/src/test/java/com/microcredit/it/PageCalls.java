package com.microcredit.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A staff member's browser without the browser, from inside the test server: HTTPS pinned to the
 * server's certificate, cookies kept, no redirects followed, sign-in through the login form's
 * target.
 */
final class PageCalls {

    record Page(int status, String location, String body, HttpHeaders headers) {

        /** The Set-Cookie line of the named cookie, or "" when this answer sets none. */
        String setCookie(String name) {
            return headers.allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(name + "="))
                    .findFirst()
                    .orElse("");
        }
    }

    private final String base = ApiCalls.httpsBase(Path.of("").toAbsolutePath());
    private final HttpClient http =
            HttpClient.newBuilder()
                    .sslContext(ApiCalls.pinnedToServerCertificate(Path.of("").toAbsolutePath()))
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    /**
     * Posts the login form; the answer is the redirect (to the page asked for, or back to the login
     * page).
     */
    Page signIn(String user, String password) {
        return postForm(
                "/mcrc/signin",
                "j_username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    Page signIn(String user) {
        return signIn(user, ApiCalls.password(user));
    }

    Page postForm(String path, String form, String... headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /** A POST of a body of the given type, e.g. a browser's CSP violation report. */
    Page post(String path, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET with this client's cookies (a page session, if signed in) and HTTP Basic. */
    Page getWithBasic(String path, String userColonPassword) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(
                                                        userColonPassword.getBytes(
                                                                StandardCharsets.UTF_8)))
                        .GET());
    }

    Page get(String path) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET());
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    r.statusCode(),
                    r.headers().firstValue("Location").orElse(null),
                    r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
