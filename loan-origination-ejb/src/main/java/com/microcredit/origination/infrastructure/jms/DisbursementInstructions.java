package com.microcredit.origination.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends the disbursement instruction to core banking (queue jms/origination/DisbursementInstruction,
 * docs/messages.md) inside the caller's transaction: it leaves only if the acceptance commits.
 * Business key: the application reference.
 */
@Stateless
@PermitAll
public class DisbursementInstructions {

    public static final int SCHEMA_VERSION = 1;

    @Inject
    @JMSConnectionFactory("jms/mcrc/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/origination/DisbursementInstruction")
    private Queue queue;

    /** One instalment as it travels in the message. */
    public record Line(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest) {
    }

    public void send(String reference, long borrowerId, String settlementAccount, BigDecimal amount, String currency,
                     BigDecimal annualRate, String productCode, List<Line> schedule) {
        JsonArrayBuilder lines = JsonMessages.BUILDERS.createArrayBuilder();
        schedule.forEach(l -> lines.add(JsonMessages.BUILDERS.createObjectBuilder().add("number", l.number())
                .add("dueDate", l.dueDate().toString()).add("principal", l.principal())
                .add("interest", l.interest())));
        String body = JsonMessages.BUILDERS.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("messageType", "DisbursementInstruction")
                .add("businessKey", reference)
                .add("borrowerId", borrowerId)
                .add("creditAccount", settlementAccount == null ? "" : settlementAccount)
                .add("amount", amount)
                .add("currency", currency)
                .add("annualRate", annualRate)
                .add("productCode", productCode)
                .add("schedule", lines)
                .build().toString();
        TextMessage message = jms.createTextMessage(body);
        try {
            message.setStringProperty("businessKey", reference);
            message.setIntProperty("schemaVersion", SCHEMA_VERSION);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot set message properties", e);
        }
        jms.createProducer().send(queue, message);
    }
}
