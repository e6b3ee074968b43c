package com.microcredit.platform.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.domain.inbound.RejectedMessage;
import com.microcredit.shared.domain.CodedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Keeps one of our outbound messages that core banking did not take (moved to the outbound
 * exception destination by the messaging engine) where refused messages are kept: in {@code
 * rejected_message}, body encrypted, business key masked, reason {@code OUTBOUND_UNDELIVERED
 * [source queue]} (ADR 0030), in the caller's transaction. Not counted as a refused inbound
 * message.
 */
@Stateless
@RolesAllowed("SYSTEM") // the outbound exception sweeper, which runs as SYSTEM (ADR 0014)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class UndeliveredOutbound {

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    /** Stores the message; {@code businessKey} may be null. */
    public void keep(String source, String businessKey, String body) {
        String key =
                businessKey == null || businessKey.length() <= 64
                        ? businessKey
                        : businessKey.substring(0, 64);
        em.persist(
                new RejectedMessage(
                        source,
                        key,
                        CodedText.of(InboundReason.OUTBOUND_UNDELIVERED.name(), source).stored(),
                        body,
                        clock.instant()));
    }
}
