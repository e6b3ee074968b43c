package com.microcredit.supplychain.application;

import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.supplychain.domain.health.HubStatusChange;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.hub.HubStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Contagion (domain guide §2.3), inside the transaction that changed the hub's status: a downgrade
 * blocks the hub's chain limit in portfolio-ejb (every new reservation against the chain is refused
 * from then on) and raises an early-warning signal on every chain member with an open loan (a
 * borrower-level HUB_DISTRESS, the one the nightly run sees again); an upgrade to NORMAL unblocks
 * the chain limit. If any step fails, the status change rolls back with it.
 */
@Dependent
public class ChainContagion {

    static final String INDICATOR = "HUB_DISTRESS";
    static final String SOURCE = "supply-chain contagion";

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LimitService limits;

    @EJB private LoanBookService book;

    @EJB private EarlyWarningService warnings;

    /**
     * Applies the consequences of an applied status change; returns the number of signals raised.
     */
    public int apply(HubEnterprise hub, HubStatusChange change) {
        String key = HubServiceBean.chainLimitKey(hub.getId());
        boolean hasLimit = limits.find(LimitType.HUB_CHAIN, key).isPresent();
        if (change.isDowngrade()) {
            if (hasLimit) {
                limits.block(
                        LimitType.HUB_CHAIN,
                        key,
                        CodedText.prepend(
                                List.of(
                                        CodedText.of(
                                                "HUB_CHAIN_LIMIT_BLOCKED",
                                                hub.getName(),
                                                change.getToStatus())),
                                change.getReason(),
                                500));
            }
            return warnOpenLoans(hub, change);
        }
        if (change.getToStatus() == HubStatus.NORMAL && hasLimit) {
            limits.unblock(LimitType.HUB_CHAIN, key);
        }
        return 0;
    }

    private int warnOpenLoans(HubEnterprise hub, HubStatusChange change) {
        List<Long> members =
                em.createQuery(
                                "select m.borrowerId from ChainMember m where m.hubId = :h",
                                Long.class)
                        .setParameter("h", hub.getId())
                        .getResultList();
        if (members.isEmpty()) {
            return 0;
        }
        WarningLevel level =
                change.getToStatus() == HubStatus.DISTRESSED
                        ? WarningLevel.RED
                        : WarningLevel.ORANGE;
        // one borrower-level signal per member with a live loan: hub distress describes the
        // borrower, as the nightly run raises it (issue 26: no second open signal for one cause)
        Map<Long, List<String>> liveLoans = new TreeMap<>();
        for (ExposureView loan : book.exposuresOf(members)) {
            if ("LIVE".equals(loan.status())) {
                liveLoans
                        .computeIfAbsent(loan.borrowerId(), b -> new ArrayList<>())
                        .add(loan.reference());
            }
        }
        int raised = 0;
        for (Map.Entry<Long, List<String>> borrower : liveLoans.entrySet()) {
            warnings.raise(
                    new RaiseWarning(
                            borrower.getKey(),
                            null,
                            INDICATOR,
                            level,
                            CodedText.prepend(
                                    List.of(
                                            CodedText.of(
                                                    "HUB_OF_CHAIN_DOWNGRADED",
                                                    hub.getName(),
                                                    change.getFromStatus(),
                                                    change.getToStatus(),
                                                    String.join(", ", borrower.getValue()))),
                                    change.getReason(),
                                    1000),
                            SOURCE));
            raised++;
        }
        return raised;
    }
}
