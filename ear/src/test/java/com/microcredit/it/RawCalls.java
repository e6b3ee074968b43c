package com.microcredit.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * HTTPS requests to the test server from outside it, exactly as given: any method, header values
 * and body bytes. Header values that Java's HTTP client refuses to send (control characters,
 * characters beyond ASCII) go over a socket of their own, written by hand.
 */
final class RawCalls {

    record Answer(int status, String body) {}

    private final String host = "localhost";
    private final int port;
    private final SSLContext tls;
    private final HttpClient http;
    private final String base;

    RawCalls(Path serverDir) {
        this.base = ApiCalls.httpsBase(serverDir);
        this.port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        this.tls = ApiCalls.pinnedToServerCertificate(serverDir);
        this.http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .sslContext(tls)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(30))
                        .build();
    }

    Answer send(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        boolean plain =
                headers.values().stream()
                        .allMatch(v -> v.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
        if (!plain) {
            return bySocket(method, path, headers, body);
        }
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(120))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::setHeader);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    private Answer bySocket(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(host, port)) {
            socket.setSoTimeout(120_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(host).append(':').append(port).append("\r\n");
            head.append("Connection: close\r\n");
            headers.forEach((n, v) -> head.append(n).append(": ").append(v).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body;
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            request.write(head.toString().getBytes(StandardCharsets.UTF_8));
            request.write(content);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Answer parse(byte[] response) throws IOException {
        String all = new String(response, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        if (!all.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("Not an HTTP answer: " + BadRequests.shown(all));
        }
        int status = Integer.parseInt(all.substring(9, 12));
        String head = all.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        String body = all.substring(end + 4);
        return new Answer(
                status, head.contains("transfer-encoding: chunked") ? dechunk(body) : body);
    }

    private static String dechunk(String chunked) throws IOException {
        InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                size.append((char) c);
            }
            int n = Integer.parseInt(size.toString().strip().split(";")[0], 16);
            if (n == 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.write(in.readNBytes(n));
            in.readNBytes(2);
        }
    }
}
