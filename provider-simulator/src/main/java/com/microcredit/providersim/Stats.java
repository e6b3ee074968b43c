package com.microcredit.providersim;

import com.sun.net.httpserver.Headers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the simulator saw, per source: requests received, answered (and how many repeated a request
 * id already answered: a retry the provider does not charge twice), refused by reason; and the last
 * request received exactly as it came (headers and body), so a test can send it again.
 */
public final class Stats {

    /** A request as received: the signing headers and the body. */
    public record Captured(String path, Map<String, String> headers, String body) {}

    private final Map<String, Integer> received = new TreeMap<>();
    private final Map<String, Integer> answered = new TreeMap<>();
    private final Map<String, Integer> repeated = new TreeMap<>();
    private final Map<String, Integer> refused = new TreeMap<>();
    private final Map<String, Captured> last = new HashMap<>();
    private final Set<String> requestIds = new HashSet<>();

    synchronized void received(String source, Headers h, String body) {
        received.merge(source, 1, Integer::sum);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name :
                List.of(
                        "X-Mcrc-Client",
                        "X-Mcrc-Key-Id",
                        "X-Mcrc-Timestamp",
                        "X-Mcrc-Nonce",
                        "X-Mcrc-Content-SHA256",
                        "X-Mcrc-Signature")) {
            if (h.getFirst(name) != null) {
                headers.put(name, h.getFirst(name));
            }
        }
        last.put(source, new Captured("/v1/sources/" + source + "/queries", headers, body));
    }

    /** Counts an answer; true when its request id was answered before (a retry). */
    synchronized boolean answered(String source, String requestId) {
        answered.merge(source, 1, Integer::sum);
        boolean again = !requestIds.add(requestId);
        if (again) {
            repeated.merge(source, 1, Integer::sum);
        }
        return again;
    }

    synchronized void refuse(String source, String reason) {
        refused.merge(source + ":" + reason, 1, Integer::sum);
    }

    public synchronized int received(String source) {
        return received.getOrDefault(source, 0);
    }

    public synchronized int answered(String source) {
        return answered.getOrDefault(source, 0);
    }

    public synchronized int repeated(String source) {
        return repeated.getOrDefault(source, 0);
    }

    public synchronized int refused(String source, String reason) {
        return refused.getOrDefault(source + ":" + reason, 0);
    }

    public synchronized Captured last(String source) {
        return last.get(source);
    }

    /** One line per counter, for the admin endpoint. */
    public synchronized String report() {
        StringBuilder b = new StringBuilder();
        received.forEach(
                (k, v) -> b.append("received ").append(k).append(' ').append(v).append('\n'));
        answered.forEach(
                (k, v) -> b.append("answered ").append(k).append(' ').append(v).append('\n'));
        repeated.forEach(
                (k, v) -> b.append("repeated ").append(k).append(' ').append(v).append('\n'));
        refused.forEach(
                (k, v) -> b.append("refused ").append(k).append(' ').append(v).append('\n'));
        return b.toString();
    }
}
