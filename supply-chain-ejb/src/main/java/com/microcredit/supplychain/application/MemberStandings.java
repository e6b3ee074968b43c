package com.microcredit.supplychain.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.domain.financing.FinancingStatus;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.trade.MemberEligibility;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A chain member's standing for financing: eligibility and member limit from its verified trade
 * with the hub, and what its open advances already use. Runs in the calling service's transaction.
 */
@Dependent
class MemberStandings {

    @Inject @BankZone private ZoneId bankZone;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private SupplyChainSettings settings;

    /** The member's standing with the hub; refused when the borrower is not in its chain. */
    MemberEligibility of(HubEnterprise hub, long borrowerId) {
        boolean member =
                !em.createQuery(
                                "select m.id from ChainMember m where m.hubId = :h and m.borrowerId"
                                        + " = :b",
                                Long.class)
                        .setParameter("h", hub.getId())
                        .setParameter("b", borrowerId)
                        .getResultList()
                        .isEmpty();
        if (!member) {
            throw new SupplyChainRefusedException(
                    null, "NOT_A_CHAIN_MEMBER", borrowerId, hub.getName());
        }
        LocalDate today = LocalDate.now(bankZone);
        List<TradeRecord> trades =
                em.createQuery(
                                "select t from TradeRecord t where t.borrowerId = :b and t.hubId ="
                                        + " :h and t.tradeDate > :since",
                                TradeRecord.class)
                        .setParameter("b", borrowerId)
                        .setParameter("h", hub.getId())
                        .setParameter("since", today.minusYears(5))
                        .getResultList();
        return MemberEligibility.assess(
                hub.getStatus(),
                trades,
                today,
                settings.minTradeMonths(),
                settings.memberLimitShare(),
                settings.maxPaymentGapDays());
    }

    /** What the member owes on the hub's advances still open (zero when none). */
    BigDecimal outstanding(long hubId, long borrowerId) {
        BigDecimal sum =
                em.createQuery(
                                "select sum(f.outstanding) from ReceivableFinancing f where f.hubId"
                                        + " = :h and f.borrowerId = :b and f.status = :s",
                                BigDecimal.class)
                        .setParameter("h", hubId)
                        .setParameter("b", borrowerId)
                        .setParameter("s", FinancingStatus.ADVANCED)
                        .getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }
}
