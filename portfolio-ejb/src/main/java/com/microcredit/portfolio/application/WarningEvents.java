package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.portfolio.infrastructure.jms.OutboundEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Tells core banking about new and escalated early-warning signals (WarningRaised, docs/messages.md).
 * Observes the signal inside the transaction that raised it, so the event leaves exactly when the
 * signal commits. A repeated sighting at the same level sends nothing; the business key carries
 * the level, which only rises, so each escalation is one event.
 */
@ApplicationScoped
public class WarningEvents {

    @Inject
    private OutboundEvents events;

    void onRaised(@Observes WarningSignalRaised raised) {
        if (!raised.newSignal() && !raised.escalated()) {
            return;
        }
        WarningSignalView s = raised.signal();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("signalId", s.id())
                .add("borrowerId", s.borrowerId())
                .add("indicator", s.indicator())
                .add("level", s.level().name())
                .add("reason", s.evidence())
                .add("raisedAt", s.lastSeenAt().toString());
        if (s.loanReference() == null) {
            body.addNull("loanReference");
        } else {
            body.add("loanReference", s.loanReference());
        }
        events.send("WarningRaised", "W" + s.id() + ":" + s.level(), body);
    }
}
