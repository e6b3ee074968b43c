package com.microcredit.supplychain.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.ExposureView;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import com.microcredit.supplychain.api.AddChainMember;
import com.microcredit.supplychain.api.ChainGraphView;
import com.microcredit.supplychain.api.ChainMemberView;
import com.microcredit.supplychain.api.ChainNodeView;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.OnboardHub;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.supplychain.domain.hub.ChainMember;
import com.microcredit.supplychain.domain.hub.ChainRole;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.trade.MemberEligibility;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
// reads: hub list and home page (every signed-in role); writes name their own (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "ADMIN",
    "SYSTEM"
})
public class HubServiceBean implements HubService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject @BankZone private ZoneId bankZone;

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LimitService limits;

    @EJB private LoanBookService book;

    @Inject private SupplyChainSettings settings;

    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public HubView onboardHub(OnboardHub command) {
        HubEnterprise hub =
                new HubEnterprise(
                        command.name(),
                        UnifiedSocialCreditCode.parse(command.creditCode()),
                        command.industryCode(),
                        clock.instant());
        em.persist(hub);
        em.flush();
        limits.defineLimit(
                new DefineLimit(
                        LimitType.HUB_CHAIN,
                        chainLimitKey(hub.getId()),
                        command.chainLimit(),
                        command.currency(),
                        CodedText.of("LIMIT_SET_AT_HUB_ONBOARDING", hub.getName()).stored()));
        return view(hub);
    }

    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public ChainMemberView addChainMember(AddChainMember command) {
        if (em.find(HubEnterprise.class, command.hubId()) == null) {
            throw new IllegalArgumentException("No hub " + command.hubId());
        }
        ChainMember member =
                new ChainMember(
                        command.hubId(),
                        command.borrowerId(),
                        ChainRole.valueOf(command.role()),
                        command.tradingSince());
        em.persist(member);
        em.flush();
        return view(member);
    }

    @Override
    public List<HubView> listHubs() {
        return em
                .createQuery("select h from HubEnterprise h order by h.name", HubEnterprise.class)
                .getResultList()
                .stream()
                .map(HubServiceBean::view)
                .toList();
    }

    @Override
    public List<ChainMemberView> chainOf(long hubId) {
        return em
                .createQuery(
                        "select m from ChainMember m where m.hubId = :h order by m.role, m.id",
                        ChainMember.class)
                .setParameter("h", hubId)
                .getResultList()
                .stream()
                .map(HubServiceBean::view)
                .toList();
    }

    @Override
    public ChainGraphView chainGraph(long hubId) {
        HubEnterprise hub = em.find(HubEnterprise.class, hubId);
        if (hub == null) {
            throw new SupplyChainRefusedException(null, "NOT_FOUND", "HUB", hubId);
        }
        List<ChainMember> members =
                em.createQuery(
                                "select m from ChainMember m where m.hubId = :h order by m.role,"
                                        + " m.id",
                                ChainMember.class)
                        .setParameter("h", hubId)
                        .getResultList();
        List<ExposureView> loans =
                members.isEmpty()
                        ? List.of()
                        : book
                                .exposuresOf(
                                        members.stream().map(ChainMember::getBorrowerId).toList())
                                .stream()
                                .filter(e -> "LIVE".equals(e.status()))
                                .toList();
        Map<Long, List<TradeRecord>> trades =
                em
                        .createQuery(
                                "select t from TradeRecord t where t.hubId = :h"
                                        + " and t.tradeDate > :since",
                                TradeRecord.class)
                        .setParameter("h", hubId)
                        .setParameter("since", LocalDate.now(bankZone).minusYears(5))
                        .getResultList()
                        .stream()
                        .collect(Collectors.groupingBy(TradeRecord::getBorrowerId));
        String key = chainLimitKey(hubId);
        List<ChainNodeView> nodes =
                members.stream()
                        .map(
                                m -> {
                                    MemberEligibility e =
                                            MemberEligibility.assess(
                                                    hub.getStatus(),
                                                    trades.getOrDefault(
                                                            m.getBorrowerId(), List.of()),
                                                    LocalDate.now(bankZone),
                                                    settings.minTradeMonths(),
                                                    settings.memberLimitShare(),
                                                    settings.maxPaymentGapDays());
                                    List<ExposureView> own =
                                            loans.stream()
                                                    .filter(
                                                            l ->
                                                                    l.borrowerId()
                                                                            == m.getBorrowerId())
                                                    .toList();
                                    BigDecimal all =
                                            own.stream()
                                                    .map(ExposureView::outstanding)
                                                    .reduce(ZERO, BigDecimal::add);
                                    BigDecimal chain =
                                            own.stream()
                                                    .filter(
                                                            l ->
                                                                    l.limitKeys()
                                                                            .contains(
                                                                                    "HUB_CHAIN:"
                                                                                            + key))
                                                    .map(ExposureView::outstanding)
                                                    .reduce(ZERO, BigDecimal::add);
                                    return new ChainNodeView(
                                            m.getId(),
                                            m.getBorrowerId(),
                                            m.getRole().name(),
                                            e.eligible(),
                                            e.ineligibleReason(),
                                            e.memberLimit(),
                                            e.longestPaymentGapDays(),
                                            all,
                                            chain,
                                            own.size());
                                })
                        .toList();
        Optional<LimitView> limit = limits.find(LimitType.HUB_CHAIN, key);
        return new ChainGraphView(
                view(hub),
                limit.map(LimitView::limit).orElse(null),
                limit.map(LimitView::utilised).orElse(null),
                limit.map(LimitView::blockedReason).orElse(null),
                nodes);
    }

    /** The key of a hub's chain limit in the portfolio module. */
    public static String chainLimitKey(long hubId) {
        return String.valueOf(hubId);
    }

    private static HubView view(HubEnterprise h) {
        return SupplyChainViews.hub(h);
    }

    private static ChainMemberView view(ChainMember m) {
        return new ChainMemberView(
                m.getId(),
                m.getHubId(),
                m.getBorrowerId(),
                m.getRole().name(),
                m.getTradingSince());
    }
}
