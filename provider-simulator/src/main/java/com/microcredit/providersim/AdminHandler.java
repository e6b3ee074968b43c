package com.microcredit.providersim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The admin endpoint (plain HTTP, loopback only), for runs beside the demo server and for the
 * benchmark:
 *
 * <ul>
 *   <li>{@code PUT
 *       /admin/behaviour/{SOURCE|*}?delayMs=&failStatus=&throttleSeconds=&malformed=&noData=}
 *   <li>{@code PUT /admin/certificates?rogueServer=true|false&rogueTrust=true|false}
 *   <li>{@code POST /admin/reset}: every source normal, genuine certificates
 *   <li>{@code GET /admin/stats}, {@code GET /admin/behaviour}
 * </ul>
 */
final class AdminHandler implements HttpHandler {

    private final ProviderSimulator sim;

    AdminHandler(ProviderSimulator sim) {
        this.sim = sim;
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        try {
            String path = x.getRequestURI().getPath();
            Map<String, String> q = query(x.getRequestURI().getRawQuery());
            String method = x.getRequestMethod();
            if ("GET".equals(method) && path.equals("/admin/stats")) {
                send(x, 200, sim.stats().report());
            } else if ("GET".equals(method) && path.equals("/admin/behaviour")) {
                send(x, 200, sim.behaviours().toString() + "\n");
            } else if ("POST".equals(method) && path.equals("/admin/reset")) {
                sim.reset();
                send(x, 200, "reset\n");
            } else if ("PUT".equals(method) && path.equals("/admin/certificates")) {
                sim.certificates(
                        Boolean.parseBoolean(q.get("rogueServer")),
                        Boolean.parseBoolean(q.get("rogueTrust")));
                send(x, 200, "certificates switched\n");
            } else if ("PUT".equals(method) && path.startsWith("/admin/behaviour/")) {
                Behaviour b =
                        new Behaviour(
                                Long.parseLong(q.getOrDefault("delayMs", "0")),
                                Integer.parseInt(q.getOrDefault("failStatus", "0")),
                                Integer.parseInt(q.getOrDefault("throttleSeconds", "0")),
                                q.getOrDefault("malformed", "NONE"),
                                Boolean.parseBoolean(q.get("noData")));
                sim.behave(path.substring("/admin/behaviour/".length()), b);
                send(x, 200, b + "\n");
            } else {
                send(x, 404, "see the Javadoc of AdminHandler\n");
            }
        } catch (IllegalArgumentException e) {
            send(x, 400, e.getMessage() + "\n");
        } finally {
            x.close();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void send(HttpExchange x, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
