package com.microcredit.origination.application;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.RegisterIndividual;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.shared.domain.InvalidIdentityNumberException;
import com.microcredit.shared.domain.ResidentIdNumber;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Stateless
@PermitAll // method-level roles arrive with the staff-controls issue, see docs/adr/0003
public class BorrowerServiceBean implements BorrowerService {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public AccountManagerView registerAccountManager(RegisterAccountManager c) {
        AccountManager m = new AccountManager(c.staffLogin(), c.name(), c.branchCode(), c.latitude(), c.longitude(),
                c.territoryRadiusKm());
        em.persist(m);
        em.flush();
        return new AccountManagerView(m.getId(), m.getStaffLogin(), m.getName(), m.getBranchCode(),
                m.getTerritoryRadiusKm());
    }

    @Override
    public BorrowerView registerEnterprise(RegisterEnterprise c) {
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.parse(c.creditCode());
        } catch (InvalidIdentityNumberException e) {
            throw new InvalidInputException("creditCode", e.getMessage());
        }
        return register(Borrower.enterprise(c.name(), code, c.industryCode(), c.regionCode(), requireManager(c.accountManagerId()),
                clock.instant()), "creditCode");
    }

    @Override
    public BorrowerView registerIndividual(RegisterIndividual c) {
        ResidentIdNumber id;
        try {
            id = ResidentIdNumber.parse(c.residentIdNumber());
        } catch (InvalidIdentityNumberException e) {
            throw new InvalidInputException("residentIdNumber", e.getMessage());
        }
        return register(Borrower.individual(c.name(), id, c.regionCode(), requireManager(c.accountManagerId()),
                clock.instant()), "residentIdNumber");
    }

    private Long requireManager(long accountManagerId) {
        if (em.find(AccountManager.class, accountManagerId) == null) {
            throw new InvalidInputException("accountManagerId", "No account manager " + accountManagerId);
        }
        return accountManagerId;
    }

    private BorrowerView register(Borrower borrower, String identityField) {
        boolean duplicate = !em.createQuery("select b.id from Borrower b where b.identityNumber = :n", Long.class)
                .setParameter("n", borrower.getIdentityNumber())
                .getResultList().isEmpty();
        if (duplicate) {
            throw new InvalidInputException(identityField, "A borrower with this identity number is already registered");
        }
        em.persist(borrower);
        em.flush();
        return view(borrower);
    }

    @Override
    public Optional<BorrowerView> find(long borrowerId) {
        return Optional.ofNullable(em.find(Borrower.class, borrowerId)).map(BorrowerServiceBean::view);
    }

    @Override
    public List<BorrowerView> search(String nameFragment, int maxResults) {
        String pattern = "%" + (nameFragment == null ? "" : nameFragment.trim().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select b from Borrower b where lower(b.name) like :p escape '\\' order by b.name",
                        Borrower.class)
                .setParameter("p", pattern)
                .setMaxResults(Math.min(Math.max(maxResults, 1), 200))
                .getResultList().stream().map(BorrowerServiceBean::view).toList();
    }

    @Override
    public long countBorrowers() {
        return em.createQuery("select count(b) from Borrower b", Long.class).getSingleResult();
    }

    private static BorrowerView view(Borrower b) {
        return new BorrowerView(b.getId(), b.getKind().name(), b.getName(), b.maskedIdentityNumber(),
                b.getIndustryCode(), b.getRegionCode(), b.getAccountManagerId());
    }
}
