package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;

/**
 * Decides one request and sends its answer in one transaction of its own: the answer leaves only if
 * the decision commits, and a refusal (an application exception) rolls back the decision without
 * touching the listener's transaction, which then records the refusal and consumes the message. The
 * second REQUIRES_NEW use besides the query log (style guide §5), see docs/messages.md.
 */
@Stateless
@RolesAllowed("SYSTEM") // only the decision-request listener (run as SYSTEM, ADR 0014)
@RunAs("SYSTEM") // core banking's messages carry no user: the system identity (ADR 0014)
public class DecisionRequestHandler {

    @EJB private ApplicationService applications;

    @EJB private DecisionReplies replies;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ApplicationView decideAndAnswer(Message request, DecisionRequestMessage m) {
        ApplicationView view = applications.decideAutomatically(m.toCommand(), m.acceptOffer());
        replies.decided(request, m.channelReference(), view);
        return view;
    }
}
