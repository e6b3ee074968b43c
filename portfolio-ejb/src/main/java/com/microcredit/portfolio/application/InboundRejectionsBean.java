package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.InboundRejections;
import com.microcredit.portfolio.api.RejectedInbound;
import com.microcredit.portfolio.infrastructure.jms.ExceptionDestination;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

@Stateless
@PermitAll // called by message listeners, which run without a user (ADR 0003)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InboundRejectionsBean implements InboundRejections {

    @Inject private InboundMetrics inboundMetrics;

    @EJB private SettlementIntake intake;

    @Inject private ExceptionDestination exceptionDestination;

    @Override
    public void reject(RejectedInbound r) {
        intake.recordRejection(r.destination(), r.businessKey(), r.reason(), r.payload());
        inboundMetrics.messages(r.destination(), "rejected", 1);
        exceptionDestination.forward(
                r.destination(), r.businessKey(), r.reason(), r.payload(), r.correlationId());
    }
}
