package com.microcredit.supplychain.application;

import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import com.microcredit.supplychain.api.AddChainMember;
import com.microcredit.supplychain.api.ChainMemberView;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.OnboardHub;
import com.microcredit.supplychain.domain.hub.ChainMember;
import com.microcredit.supplychain.domain.hub.ChainRole;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

@Stateless
@PermitAll // method-level roles arrive with the staff-controls issue, see docs/adr/0003
public class HubServiceBean implements HubService {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB
    private LimitService limits;

    @Override
    public HubView onboardHub(OnboardHub command) {
        HubEnterprise hub = new HubEnterprise(command.name(), UnifiedSocialCreditCode.parse(command.creditCode()),
                command.industryCode(), clock.instant());
        em.persist(hub);
        em.flush();
        limits.defineLimit(new DefineLimit(LimitType.HUB_CHAIN, chainLimitKey(hub.getId()), command.chainLimit(),
                command.currency(), "chain limit set at onboarding of hub " + hub.getName()));
        return view(hub);
    }

    @Override
    public ChainMemberView addChainMember(AddChainMember command) {
        if (em.find(HubEnterprise.class, command.hubId()) == null) {
            throw new IllegalArgumentException("No hub " + command.hubId());
        }
        ChainMember member = new ChainMember(command.hubId(), command.borrowerId(), ChainRole.valueOf(command.role()),
                command.tradingSince());
        em.persist(member);
        em.flush();
        return view(member);
    }

    @Override
    public List<HubView> listHubs() {
        return em.createQuery("select h from HubEnterprise h order by h.name", HubEnterprise.class)
                .getResultList().stream().map(HubServiceBean::view).toList();
    }

    @Override
    public List<ChainMemberView> chainOf(long hubId) {
        return em.createQuery("select m from ChainMember m where m.hubId = :h order by m.role, m.id", ChainMember.class)
                .setParameter("h", hubId)
                .getResultList().stream().map(HubServiceBean::view).toList();
    }

    /** The key of a hub's chain limit in the portfolio module. */
    public static String chainLimitKey(long hubId) {
        return String.valueOf(hubId);
    }

    private static HubView view(HubEnterprise h) {
        return new HubView(h.getId(), h.getName(), UnifiedSocialCreditCode.parse(h.getCreditCode()).masked(),
                h.getIndustryCode(), h.getStatus().name(), h.getStatusReason(), h.getStatusChangedAt(),
                h.getStatus().supportsNewLending());
    }

    private static ChainMemberView view(ChainMember m) {
        return new ChainMemberView(m.getId(), m.getHubId(), m.getBorrowerId(), m.getRole().name(), m.getTradingSince());
    }
}
