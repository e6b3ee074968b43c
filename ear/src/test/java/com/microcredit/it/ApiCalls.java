package com.microcredit.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * HTTPS calls to the REST API from inside the test server (same machine, loopback): trusts exactly
 * the server's own development certificate, signs in with HTTP Basic as a demo user and follows no
 * redirects, so a redirect to the login page would show as a 302.
 */
public final class ApiCalls {

    /**
     * Inside the server its working directory is its output directory, where liberty:create put its
     * files.
     */
    private static final Path SERVER_DIR = Path.of("").toAbsolutePath();

    public record Reply(int status, HttpHeaders headers, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http;
    final String base;

    public ApiCalls() {
        this.base = httpsBase(SERVER_DIR);
        // HTTP/1.1: concurrent HTTP/2 streams on one connection can leave Liberty's writes hanging
        // (open-liberty#24167), as the concurrent financing test showed.
        this.http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .sslContext(pinnedToServerCertificate(SERVER_DIR))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(30))
                        .build();
    }

    /**
     * https://localhost:port of the test server whose output directory is given (HTTPS_PORT first).
     */
    public static String httpsBase(Path serverDir) {
        String port =
                System.getenv("HTTPS_PORT"); // the build passes the test ports to the server's
        // environment
        if (port == null || port.isBlank()) {
            port = properties(serverDir, "bootstrap.properties").getProperty("https.port", "9443");
        }
        return "https://localhost:" + port;
    }

    public static String password(String user) {
        return user + "-Demo-2026";
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** A GET that accepts plain text (the Prometheus format of /metrics). */
    Reply getText(String path, String user) {
        return send(request(path, user).setHeader("Accept", "text/plain").GET());
    }

    Reply post(String path, String user, String json, String... headers) {
        HttpRequest.Builder b =
                request(path, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /** Any method, body and headers (name, value, ...), e.g. Accept-Language. */
    Reply call(String method, String path, String user, String body, String... headers) {
        HttpRequest.Builder b =
                request(path, user)
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /** A POST with a body of another type than JSON (e.g. a CSV file). */
    Reply postBody(String path, String user, String contentType, String body) {
        return send(
                request(path, user)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** user null: no credentials at all; "user:password" forms are passed as they are. */
    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json");
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":" + password(user);
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * server.env holds the keystore password the server was created with (KEYSTORE_PASSWORD
     * overrides it).
     */
    private static char[] keystorePassword(Path serverDir) {
        String fromEnvironment = System.getenv("KEYSTORE_PASSWORD");
        String value =
                fromEnvironment != null
                        ? fromEnvironment
                        : properties(serverDir, "server.env")
                                .getProperty("keystore_password", "mcrc-dev-keystore");
        return value.toCharArray();
    }

    private static Properties properties(Path serverDir, String file) {
        Properties p = new Properties();
        Path path = serverDir.resolve(file);
        if (Files.exists(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the test server's " + file, e);
            }
        }
        return p;
    }

    /**
     * TLS that trusts exactly the certificate of the test server whose output directory is given.
     */
    public static SSLContext pinnedToServerCertificate(Path serverDir) {
        try (InputStream in =
                Files.newInputStream(serverDir.resolve("resources/security/key.p12"))) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, keystorePassword(serverDir));
            Certificate server = keyStore.getCertificate(keyStore.aliases().nextElement());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Pinned((X509Certificate) server)}, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the test server's certificate", e);
        }
    }

    /** Trusts one certificate, the server's own, whatever name it was issued for. */
    private static final class Pinned extends X509ExtendedTrustManager {
        private final X509Certificate trusted;

        Pinned(X509Certificate trusted) {
            this.trusted = trusted;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            if (chain.length == 0 || !chain[0].equals(trusted)) {
                throw new CertificateException("not the test server's certificate");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[] {trusted};
        }
    }
}
