package com.microcredit.it;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The main class of the Liberty application client that {@link MessagingAuthenticationIT} runs in a
 * process of its own: a remote JMS client over the messaging engine's JMS port, as core banking and
 * the simulator are. Each step prints one line {@code STEP <name>: ACCEPTED}, {@code REFUSED
 * authentication} (the sign-in failed), {@code REFUSED authorization} (signed in, but the role does
 * not grant it) or {@code FAILED <exception>} (anything else). Environment: IT_USER, IT_PASSWORD
 * (core banking's credentials), IT_ANONYMOUS_BODY, IT_WRONG_BODY, IT_CORE_BANKING_BODY (the
 * settlement transactions each step sends).
 */
public final class RemoteJmsClient {

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private static ConnectionFactory factory;

    private RemoteJmsClient() {}

    public static void main(String[] args) {
        String user = System.getenv("IT_USER");
        String password = System.getenv("IT_PASSWORD");
        step(
                "anonymous-send",
                () -> send(factory.createContext(), System.getenv("IT_ANONYMOUS_BODY")));
        step(
                "wrong-password-send",
                () ->
                        send(
                                factory.createContext("nobody-jms-it", "not-the-password"),
                                System.getenv("IT_WRONG_BODY")));
        step(
                "corebanking-send",
                () ->
                        send(
                                factory.createContext(user, password),
                                System.getenv("IT_CORE_BANKING_BODY")));
        step(
                "corebanking-browse-exceptions",
                () -> {
                    try (JMSContext context = factory.createContext(user, password)) {
                        Enumeration<?> messages =
                                context.createBrowser(
                                                context.createQueue("mcrc.inbound.Exceptions"))
                                        .getEnumeration();
                        messages.hasMoreElements();
                    }
                });
        step(
                "corebanking-receive-exceptions",
                () -> {
                    try (JMSContext context = factory.createContext(user, password)) {
                        context.createConsumer(context.createQueue("mcrc.inbound.Exceptions"))
                                .receiveNoWait();
                    }
                });
        step(
                "corebanking-send-loopback",
                () -> {
                    try (JMSContext context = factory.createContext(user, password)) {
                        context.createProducer()
                                .send(context.createQueue("mcrc.diagnostics.Loopback"), "{}");
                    }
                });
    }

    private static void send(JMSContext context, String body) {
        try (context) {
            context.createProducer()
                    .send(context.createQueue("mcrc.inbound.SettlementTransaction"), body);
        }
    }

    private interface Step {
        void run() throws JMSException;
    }

    private static void step(String name, Step step) {
        String outcome;
        try {
            step.run();
            outcome = "ACCEPTED";
        } catch (JMSException | JMSRuntimeException e) {
            outcome = refusal(e) + " " + e;
        }
        System.out.println("STEP " + name + ": " + outcome.replace('\n', ' '));
        System.out.flush();
    }

    /**
     * REFUSED authorization: the engine's SINotAuthorizedException (a plain JMSRuntimeException
     * whose linked exception it is); REFUSED authentication: a JMS security exception (the sign-in
     * failed); FAILED: anything else.
     */
    private static String refusal(Throwable e) {
        boolean authentication = false;
        Deque<Throwable> chain = new ArrayDeque<>(List.of(e));
        Set<Throwable> seen = new HashSet<>();
        while (!chain.isEmpty()) {
            Throwable t = chain.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getClass().getSimpleName().contains("NotAuthorized")) {
                return "REFUSED authorization";
            }
            authentication |=
                    t instanceof JMSSecurityException || t instanceof JMSSecurityRuntimeException;
            if (t.getCause() != null) {
                chain.push(t.getCause());
            }
            if (t instanceof JMSException j && j.getLinkedException() != null) {
                chain.push(j.getLinkedException());
            }
        }
        return authentication ? "REFUSED authentication" : "FAILED";
    }
}
