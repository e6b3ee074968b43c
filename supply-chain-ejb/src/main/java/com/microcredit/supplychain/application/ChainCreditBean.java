package com.microcredit.supplychain.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.supplychain.api.ChainCredit;
import com.microcredit.supplychain.api.MemberStanding;
import com.microcredit.supplychain.api.RecordTrade;
import com.microcredit.supplychain.api.TradeView;
import com.microcredit.supplychain.domain.hub.ChainMember;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.trade.MemberEligibility;
import com.microcredit.supplychain.domain.trade.TradeKind;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@Stateless
// standing: decisions and offer acceptance (core banking too), borrower profiles; recordTrade names
// its own
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "CORE_BANKING",
    "SYSTEM"
})
public class ChainCreditBean implements ChainCredit {

    @Inject @BankZone private ZoneId bankZone;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private SupplyChainSettings settings;

    @Override
    public List<MemberStanding> standingOf(long borrowerId) {
        LocalDate today = LocalDate.now(bankZone);
        List<ChainMember> memberships =
                em.createQuery(
                                "select m from ChainMember m where m.borrowerId = :b",
                                ChainMember.class)
                        .setParameter("b", borrowerId)
                        .getResultList();
        return memberships.stream()
                .map(
                        m -> {
                            HubEnterprise hub = em.find(HubEnterprise.class, m.getHubId());
                            List<TradeRecord> trades =
                                    em.createQuery(
                                                    "select t from TradeRecord t where t.borrowerId"
                                                        + " = :b and t.hubId = :h and t.tradeDate >"
                                                        + " :since",
                                                    TradeRecord.class)
                                            .setParameter("b", borrowerId)
                                            .setParameter("h", m.getHubId())
                                            .setParameter("since", today.minusYears(5))
                                            .getResultList();
                            MemberEligibility e =
                                    MemberEligibility.assess(
                                            hub.getStatus(),
                                            trades,
                                            today,
                                            settings.minTradeMonths(),
                                            settings.memberLimitShare(),
                                            settings.maxPaymentGapDays());
                            return new MemberStanding(
                                    hub.getId(),
                                    hub.getName(),
                                    hub.getStatus().name(),
                                    m.getRole().name(),
                                    e.verifiedMonths(),
                                    e.trailingVolume(),
                                    e.memberLimit(),
                                    "CNY",
                                    e.eligible(),
                                    e.ineligibleReason());
                        })
                .toList();
    }

    @Override
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "SYSTEM"})
    public TradeView recordTrade(RecordTrade c) {
        if (em.find(HubEnterprise.class, c.hubId()) == null) {
            throw new IllegalArgumentException("No hub " + c.hubId());
        }
        TradeRecord t =
                new TradeRecord(
                        c.hubId(),
                        c.borrowerId(),
                        TradeKind.valueOf(c.kind()),
                        c.documentNumber(),
                        c.tradeDate(),
                        c.amount(),
                        c.currency(),
                        c.hubConfirmed());
        em.persist(t);
        return new TradeView(
                t.getId(),
                t.getHubId(),
                t.getBorrowerId(),
                t.getKind().name(),
                t.getDocumentNumber(),
                t.getTradeDate(),
                t.getAmount(),
                t.getCurrency(),
                t.isHubConfirmed());
    }
}
