package com.microcredit.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the messaging engine accepts a connection and the inbound queue can be browsed. */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/portfolio/SettlementTransaction")
    private Queue inbound;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(inbound)) {
            browser.getEnumeration();
            return HealthCheckResponse.named("messaging").up().build();
        } catch (Exception e) {
            return HealthCheckResponse.named("messaging")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
