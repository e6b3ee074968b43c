package com.microcredit.platform.application;

import com.microcredit.platform.api.InboundMessageMonitor;
import com.microcredit.platform.api.RejectedMessageView;
import com.microcredit.platform.domain.inbound.RejectedMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the refused inbound messages of every context for the Inbound messages page. */
@Stateless
@RolesAllowed({"ADMIN", "RISK_MANAGER"})
public class InboundMessageMonitorBean implements InboundMessageMonitor {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public long rejectedCount() {
        return em.createQuery("select count(r) from RejectedMessage r", Long.class)
                .getSingleResult();
    }

    @Override
    public List<RejectedMessageView> latestRejections(int max) {
        return em
                .createQuery(
                        "select r from RejectedMessage r order by r.rejectedAt desc, r.id desc",
                        RejectedMessage.class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(
                        r ->
                                new RejectedMessageView(
                                        r.getId(),
                                        r.getDestination(),
                                        r.getBusinessKey(),
                                        r.getReason(),
                                        r.getRejectedAt()))
                .toList();
    }
}
