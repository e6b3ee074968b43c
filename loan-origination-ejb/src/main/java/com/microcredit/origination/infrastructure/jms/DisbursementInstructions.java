package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.application.DisbursementPublisher;
import com.microcredit.platform.api.Outbox;
import com.microcredit.platform.api.OutgoingMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Sends the disbursement instruction to core banking (queue
 * jms/origination/DisbursementInstruction, docs/messages.md) through the outbox (ADR 0019): written
 * in the caller's transaction, it leaves only after the acceptance commits. Business key: the
 * application reference.
 */
@Stateless
// offer acceptance: every caller of acceptOffer/decideAutomatically (ADR 0014)
@RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "CORE_BANKING", "SYSTEM"})
public class DisbursementInstructions implements DisbursementPublisher {

    public static final int SCHEMA_VERSION = 1;

    static final String QUEUE = "jms/origination/DisbursementInstruction";

    @EJB private Outbox outbox;

    @Override
    public void send(
            String reference,
            long borrowerId,
            String settlementAccount,
            BigDecimal amount,
            String currency,
            BigDecimal annualRate,
            String productCode,
            List<Line> schedule) {
        JsonArrayBuilder lines = JsonMessages.BUILDERS.createArrayBuilder();
        schedule.forEach(
                l ->
                        lines.add(
                                JsonMessages.BUILDERS
                                        .createObjectBuilder()
                                        .add("number", l.number())
                                        .add("dueDate", l.dueDate().toString())
                                        .add("principal", l.principal())
                                        .add("interest", l.interest())));
        String body =
                JsonMessages.BUILDERS
                        .createObjectBuilder()
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
                        .build()
                        .toString();
        outbox.put(
                new OutgoingMessage(
                        QUEUE, "DisbursementInstruction", reference, SCHEMA_VERSION, body));
    }
}
