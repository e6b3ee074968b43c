package com.microcredit.platform.application;

import com.microcredit.platform.api.AfterCommit;
import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.Outbox;
import com.microcredit.platform.api.OutgoingMessage;
import com.microcredit.platform.domain.outbox.OutboundMessage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

/**
 * Puts a message in the outbox inside the caller's transaction (ADR 0019) and, once that commits,
 * rings this server's {@link OutboxBell} so the relay sends it at once rather than at its next
 * poll; a transaction that writes several messages rings once.
 */
@Stateless
// every change that tells core banking, whichever role made it (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "ADMIN",
    "CORE_BANKING",
    "SYSTEM"
})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OutboxBean implements Outbox {

    /** Marks, in the transaction's resources, that its commit rings the bell already. */
    private static final String RINGS = OutboxBean.class.getName() + ".rings";

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private TransactionSynchronizationRegistry transaction;

    @Inject private OutboxBell bell;

    @Override
    public void put(OutgoingMessage m) {
        em.persist(
                new OutboundMessage(
                        m.destination(),
                        m.messageType(),
                        m.businessKey(),
                        m.schemaVersion(),
                        m.body(),
                        clock.instant()));
        if (transaction.getResource(RINGS) == null) {
            transaction.putResource(RINGS, Boolean.TRUE);
            AfterCommit.run(transaction, bell::ring);
        }
    }
}
