package com.microcredit.platform.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.platform.api.RejectedInbound;
import com.microcredit.platform.domain.inbound.RejectedMessage;
import com.microcredit.shared.domain.CodedText;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Refuses an inbound message of any context in the caller's transaction: stored as a {@link
 * RejectedMessage} (the Inbound messages page), counted as rejected on commit, and forwarded with
 * its reason to the exception destination. The reason is stored as a code with its arguments (ADR
 * 0027, 0030), never a sentence.
 */
@Stateless
// message listeners and the exception-destination sweeper, all run as SYSTEM (ADR 0014)
@RolesAllowed("SYSTEM")
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InboundRejectionsBean implements InboundRejections {

    /** The size of {@code rejected_message.reason}. */
    private static final int MAX_REASON = 1000;

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private MetricRegistry metrics;

    @Resource private TransactionSynchronizationRegistry transactions;

    @Inject private ExceptionQueue exceptions;

    /**
     * The reason as ADR 0027 stores it: the code with its arguments, followed by the field when a
     * service's refusal names one ({@code TOO_LONG␟500␞INBOUND_FIELD␟purpose}).
     */
    static String stored(RefusalReason reason) {
        List<CodedText> texts = new ArrayList<>();
        texts.add(new CodedText(reason.code(), reason.arguments()));
        if (reason.field() != null) {
            texts.add(CodedText.of(InboundReason.INBOUND_FIELD.name(), reason.field()));
        }
        return CodedText.storedList(texts, MAX_REASON);
    }

    @Override
    public void reject(RejectedInbound r) {
        em.persist(
                new RejectedMessage(
                        r.destination(),
                        r.businessKey(),
                        stored(r.reason()),
                        r.payload(),
                        clock.instant()));
        InboundMetricsBean.count(metrics, transactions, r.destination(), "rejected", 1);
        exceptions.forward(
                r.destination(), r.businessKey(), r.reason(), r.payload(), r.correlationId());
    }
}
