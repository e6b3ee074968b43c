package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.InboundMessageMonitor;
import com.microcredit.portfolio.api.RejectedMessageView;
import com.microcredit.portfolio.domain.settlement.RejectedMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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

    @Override
    public long appliedTransactionCount(String accountNumber) {
        return em.createQuery(
                        "select count(t) from SettlementTransaction t where t.accountHash = :a",
                        Long.class)
                .setParameter(
                        "a",
                        com.microcredit.portfolio.domain.settlement.LedgerAccount.hash(
                                accountNumber))
                .getSingleResult();
    }
}
