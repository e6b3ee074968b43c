package com.microcredit.platform.application;

import com.microcredit.platform.api.InboundMessageMonitor;
import com.microcredit.platform.api.ListSpec;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
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

    /**
     * The refused messages a page at a time (issue 26): sort keys rejectedAt (the default, newest
     * first; index {@code ix_rejected_message_at}) and destination ({@code
     * ix_rejected_destination}); filter destination; counted.
     */
    static final ListSpec LIST =
            ListSpec.named("inbound")
                    .sort("rejectedAt", "r.rejectedAt")
                    .sort("destination", "r.destination")
                    .byDefault("rejectedAt", true)
                    .tieBreaker("r.id")
                    .filters("destination")
                    .build();

    @Override
    public PageResult<RejectedMessageView> rejectionsPage(PageRequest request) {
        String order = LIST.orderBy(request);
        String destination = request.filter("destination");
        String where = destination == null ? "" : " where r.destination = :d";
        var rows =
                em.createQuery(
                        "select r from RejectedMessage r" + where + order, RejectedMessage.class);
        var count = em.createQuery("select count(r) from RejectedMessage r" + where, Long.class);
        if (destination != null) {
            rows.setParameter("d", destination);
            count.setParameter("d", destination);
        }
        return PageResult.counted(
                rows
                        .setFirstResult(request.offset())
                        .setMaxResults(request.limit())
                        .getResultList()
                        .stream()
                        .map(InboundMessageMonitorBean::view)
                        .toList(),
                count.getSingleResult(),
                request);
    }

    private static RejectedMessageView view(RejectedMessage r) {
        return new RejectedMessageView(
                r.getId(),
                r.getDestination(),
                r.getBusinessKey(),
                r.getReason(),
                r.getRejectedAt());
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
