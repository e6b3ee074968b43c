package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The messaging engine admits remote clients only with credentials and only for what their role
 * grants (issue 20, ADR 0026). A Liberty application client in a process of its own ({@link
 * RemoteJmsClient}, as core banking and the simulator connect) reaches the engine over the JMS
 * port: without credentials and with wrong ones it is refused and its settlement transaction is
 * never applied; as {@code corebanking} its transaction is accepted and applied; {@code
 * corebanking} browsing, receiving from the exception destination or sending to a queue that is not
 * an inbound one is refused.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class MessagingAuthenticationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String CLIENT = "mcrc-jms-auth-it";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                MessagingAuthenticationIT.class,
                RemoteJmsClient.class,
                ItProbe.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class);
    }

    @EJB private ItProbe probe;

    @EJB private Applicants applicants;

    @Test
    void onlyCoreBankingWithItsCredentialsSendsAndNeverToTheExceptionDestination()
            throws Exception {
        String account = applicants.settlementAccountHolder();
        String anonymous = "IT-ANON-" + UUID.randomUUID();
        String wrong = "IT-WRONG-" + UUID.randomUUID();
        String coreBanking = "IT-CB-" + UUID.randomUUID();
        Map<String, String> environment = new HashMap<>();
        environment.put("IT_USER", "corebanking");
        environment.put("IT_PASSWORD", "corebanking-Demo-2026");
        environment.put("IT_ANONYMOUS_BODY", settlement(anonymous, account));
        environment.put("IT_WRONG_BODY", settlement(wrong, account));
        environment.put("IT_CORE_BANKING_BODY", settlement(coreBanking, account));

        String output = runClient(environment);

        assertStep(output, "anonymous-send", "REFUSED authentication");
        assertStep(output, "wrong-password-send", "REFUSED authentication");
        assertStep(output, "corebanking-send", "ACCEPTED");
        assertStep(output, "corebanking-browse-exceptions", "REFUSED authorization");
        assertStep(output, "corebanking-receive-exceptions", "REFUSED authorization");
        assertStep(output, "corebanking-send-loopback", "REFUSED authorization");

        Instant deadline = Instant.now().plus(TIMEOUT);
        while (applied(coreBanking) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(1, applied(coreBanking), "core banking's transaction is applied");
        assertEquals(0, applied(anonymous), "nothing sent without credentials is applied");
        assertEquals(0, applied(wrong), "nothing sent with wrong credentials is applied");
    }

    private long applied(String transactionId) {
        return probe.count(
                "select count(t) from SettlementTransaction t where t.transactionId = :k",
                Map.of("k", transactionId));
    }

    private static void assertStep(String output, String step, String outcome) {
        String prefix = "STEP " + step + ": ";
        String line = output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
        assertNotNull(line, "the client reported step " + step + ":\n" + output);
        assertTrue(line.startsWith(prefix + outcome), line + "\n" + output);
    }

    private static String settlement(String id, String account) {
        return """
        {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"%s",
         "accountNumber":"%s","direction":"CREDIT","amount":"10.00","currency":"CNY",
         "counterpartyName":"消息认证测试","counterpartyIndustryCode":"F52","valueDate":"2026-11-20"}
        """
                .formatted(id, account);
    }

    /**
     * Builds the client application, creates the Liberty client beside this server (same
     * installation) and runs it to its end; returns what it printed.
     */
    private static String runClient(Map<String, String> environment) throws Exception {
        Path wlp = libertyHome();
        Path client = wlp.resolve("usr/clients/" + CLIENT);
        String java = System.getProperty("java.home");
        if (!Files.isDirectory(client)) {
            run(List.of(wlp.resolve("bin/client").toString(), "create", CLIENT), Map.of(), java);
        }
        Files.createDirectories(client.resolve("apps"));
        Files.writeString(client.resolve("client.xml"), clientXml(), StandardCharsets.UTF_8);
        writeClientEar(client.resolve("apps/jms-it.ear"));
        return run(List.of(wlp.resolve("bin/client").toString(), "run", CLIENT), environment, java);
    }

    private static String run(List<String> command, Map<String, String> environment, String java)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("jms-auth-it", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", java);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        System.out.println(output);
        return output;
    }

    private static String clientXml() {
        String port = System.getenv().getOrDefault("JMS_PORT", "7276");
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <client description="MessagingAuthenticationIT">
          <featureManager>
            <feature>jakartaeeClient-10.0</feature>
          </featureManager>
          <application id="jms-it" name="jms-it" type="ear" location="jms-it.ear"/>
          <jmsConnectionFactory jndiName="jms/mcrc/ConnectionFactory">
            <properties.wasJms remoteServerAddress="localhost:%s:BootstrapBasicMessaging"/>
          </jmsConnectionFactory>
        </client>
        """
                .formatted(port);
    }

    private static void writeClientEar(Path ear) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes()
                .put(Attributes.Name.MAIN_CLASS, RemoteJmsClient.class.getName());
        java.io.ByteArrayOutputStream jar = new java.io.ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            for (String name :
                    List.of(
                            RemoteJmsClient.class.getName().replace('.', '/') + ".class",
                            RemoteJmsClient.class.getName().replace('.', '/') + "$Step.class")) {
                try (InputStream in = RemoteJmsClient.class.getResourceAsStream("/" + name)) {
                    assertNotNull(in, name);
                    entry(out, name, in.readAllBytes());
                }
            }
            entry(
                    out,
                    "META-INF/application-client.xml",
                    ("<application-client xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                                    + " version=\"10\"><display-name>jms-it</display-name>"
                                    + "</application-client>")
                            .getBytes(StandardCharsets.UTF_8));
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(ear))) {
            entry(
                    out,
                    "META-INF/application.xml",
                    ("<application xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"10\">"
                                    + "<application-name>jms-it</application-name>"
                                    + "<module><java>jms-it.jar</java></module></application>")
                            .getBytes(StandardCharsets.UTF_8));
            entry(out, "jms-it.jar", jar.toByteArray());
        }
    }

    private static void entry(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** This server's Liberty installation (Liberty's wlp.install.dir): its bin/client runs it. */
    private static Path libertyHome() {
        Path home = Path.of(System.getProperty("wlp.install.dir", "."));
        if (!Files.isExecutable(home.resolve("bin/client"))) {
            throw new IllegalStateException("no Liberty installation with bin/client at " + home);
        }
        return home;
    }
}
