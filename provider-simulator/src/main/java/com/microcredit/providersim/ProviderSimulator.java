package com.microcredit.providersim;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The simulator: an HTTPS listener that requires client certificates, serving every source ({@code
 * /v1/sources/{SOURCE}/queries}), and a plain-HTTP admin listener on the loopback interface ({@link
 * AdminHandler}). Started by the integration tests in process, or standalone by {@code
 * bin/provider-simulator}. Behaviour is set per source ({@link Behaviour}); switching certificates
 * restarts the HTTPS listener, so no earlier connection or TLS session outlives the switch.
 */
public final class ProviderSimulator implements AutoCloseable {

    /** The replay window: a request's timestamp must be within this of the provider's clock. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private int port;
    private final int adminPort;
    private final DevelopmentCertificates certs;
    private final Map<String, byte[]> keys;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final RequestVerifier verifier = new RequestVerifier(WINDOW, Instant::now);
    private final Stats stats = new Stats();
    private final ExecutorService workers;
    private HttpsServer https;
    private HttpServer admin;
    private boolean rogueServer;
    private boolean rogueTrust;

    private ProviderSimulator(int port, int adminPort, DevelopmentCertificates certs)
            throws IOException {
        this.port = port;
        this.adminPort = adminPort;
        this.certs = certs.ensure();
        this.keys = certs.signingKeys();
        AtomicInteger n = new AtomicInteger();
        this.workers =
                Executors.newCachedThreadPool(
                        r -> {
                            Thread t = new Thread(r, "provider-simulator-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
    }

    /**
     * Starts on {@code port} (HTTPS; 0: any free port, see {@link #port()}) and {@code adminPort}
     * (plain HTTP, loopback; 0: none) with the development credentials in {@code certificates}
     * (made when missing).
     */
    public static ProviderSimulator start(int port, int adminPort, Path certificates)
            throws IOException {
        ProviderSimulator sim =
                new ProviderSimulator(port, adminPort, new DevelopmentCertificates(certificates));
        sim.listen();
        if (adminPort > 0) {
            sim.admin =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), adminPort), 16);
            sim.admin.createContext("/admin", new AdminHandler(sim));
            sim.admin.setExecutor(sim.workers);
            sim.admin.start();
        }
        return sim;
    }

    private synchronized void listen() throws IOException {
        SSLContext context;
        try {
            context = SimulatorTls.context(certs, rogueServer, rogueTrust);
        } catch (GeneralSecurityException e) {
            throw new IOException("simulator TLS: " + e.getMessage(), e);
        }
        https = HttpsServer.create(new InetSocketAddress(port), 256);
        https.setHttpsConfigurator(
                new HttpsConfigurator(context) {
                    @Override
                    public void configure(HttpsParameters params) {
                        SSLParameters p = context.getDefaultSSLParameters();
                        p.setNeedClientAuth(true);
                        params.setSSLParameters(p);
                    }
                });
        https.createContext("/v1/sources/", new QueryHandler(this));
        https.setExecutor(workers);
        https.start();
        port = https.getAddress().getPort();
    }

    /**
     * Presents the rogue server certificate ({@code rogueServer}) and/or accepts client
     * certificates of the rogue CA only ({@code rogueTrust}): restarts the HTTPS listener.
     */
    public synchronized void certificates(boolean rogueServer, boolean rogueTrust)
            throws IOException {
        if (this.rogueServer == rogueServer && this.rogueTrust == rogueTrust) {
            return;
        }
        this.rogueServer = rogueServer;
        this.rogueTrust = rogueTrust;
        https.stop(0);
        listen();
    }

    /** Sets a source's behaviour ("*": every source without its own). */
    public void behave(String source, Behaviour b) {
        behaviours.put(source, b);
    }

    /** Every source normal again, genuine certificates. */
    public void reset() throws IOException {
        behaviours.clear();
        certificates(false, false);
    }

    Behaviour behaviourOf(String source) {
        return behaviours.getOrDefault(source, behaviours.getOrDefault("*", Behaviour.NORMAL));
    }

    Map<String, Behaviour> behaviours() {
        return Map.copyOf(behaviours);
    }

    byte[] signingKey(String provider) {
        return keys.get(provider);
    }

    RequestVerifier verifier() {
        return verifier;
    }

    public Stats stats() {
        return stats;
    }

    public DevelopmentCertificates certificates() {
        return certs;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        https.stop(0);
        if (admin != null) {
            admin.stop(0);
        }
        workers.shutdownNow();
    }

    /**
     * {@code java -jar provider-simulator.jar [--port 9943] [--admin-port 9944] [--dir
     * target/dev-certs] [--delay-ms 0]}: runs until stopped; prints the settings that point a
     * gateway at it.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        int port = Integer.parseInt(a.getOrDefault("--port", "9943"));
        int adminPort =
                Integer.parseInt(a.getOrDefault("--admin-port", Integer.toString(port + 1)));
        Path dir = Path.of(a.getOrDefault("--dir", "provider-simulator/target/dev-certs"));
        ProviderSimulator sim = start(port, adminPort, dir);
        long delay = Long.parseLong(a.getOrDefault("--delay-ms", "0"));
        if (delay > 0) {
            sim.behave("*", Behaviour.slow(delay));
        }
        StringBuilder env = new StringBuilder();
        sim.certificates()
                .gatewayEnvironment("https://localhost:" + port)
                .forEach(
                        (k, v) ->
                                env.append("export ").append(k).append('=').append(v).append('\n'));
        java.nio.file.Files.writeString(dir.resolve("gateway.env"), env);
        System.out.println(
                "Provider simulator on https://localhost:"
                        + port
                        + " (admin http://127.0.0.1:"
                        + adminPort
                        + "/admin), credentials in "
                        + dir.toAbsolutePath()
                        + "; gateway settings: "
                        + dir.resolve("gateway.env").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        Thread.currentThread().join();
    }
}
