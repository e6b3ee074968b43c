package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.shared.domain.CodedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells core banking about new and escalated early-warning signals (WarningRaised,
 * docs/messages.md). Observes the signal inside the transaction that raised it, so the event leaves
 * exactly when the signal commits. A repeated sighting at the same level sends nothing; the
 * business key carries the level, which only rises, so each escalation is one event.
 */
@ApplicationScoped
public class WarningEvents {

    private static final String TYPE = "WarningRaised";

    @Inject private CoreBankingEvents events;

    // One factory for every event: Json.createObjectBuilder() looks the JSON provider up on each
    // call.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    void onRaised(@Observes WarningSignalRaised raised) {
        if (raised.newSignal() || raised.escalated()) {
            WarningSignalView s = raised.signal();
            events.send(TYPE, key(s), body(s));
        }
    }

    /**
     * A batch's signals (the nightly run's chunk): sent together through one producer, still one
     * event each.
     */
    void onRaisedTogether(@Observes WarningSignalsRaised raised) {
        List<CoreBankingEvents.Event> batch = new ArrayList<>(raised.signals().size());
        for (WarningSignalRaised r : raised.signals()) {
            if (r.newSignal() || r.escalated()) {
                batch.add(new CoreBankingEvents.Event(key(r.signal()), body(r.signal())));
            }
        }
        events.sendAll(TYPE, batch);
    }

    private static String key(WarningSignalView s) {
        return "W" + s.id() + ":" + s.level();
    }

    private static JsonObjectBuilder body(WarningSignalView s) {
        JsonObjectBuilder body =
                JSON.createObjectBuilder()
                        .add("signalId", s.id())
                        .add("borrowerId", s.borrowerId())
                        .add("indicator", s.indicator())
                        .add("level", s.level().name())
                        .add("reason", CodedText.readable(s.evidence()))
                        .add("raisedAt", s.lastSeenAt().toString());
        if (s.loanReference() == null) {
            body.addNull("loanReference");
        } else {
            body.add("loanReference", s.loanReference());
        }
        return body;
    }
}
