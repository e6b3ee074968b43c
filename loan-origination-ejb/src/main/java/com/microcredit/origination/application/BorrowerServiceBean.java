package com.microcredit.origination.application;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerProfile;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.RegisterIndividual;
import com.microcredit.origination.api.SettlementAccountView;
import com.microcredit.origination.api.UnmaskedIdentity;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.protection.api.AccessMonitor;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Borrowers and their account managers, one transaction per call. Each job has its helper:
 * registration ({@link BorrowerRegistration}), search ({@link BorrowerSearch}), the 360 view and
 * the settlement account ({@link BorrowerProfiles}), the managers ({@link AccountManagers}); this
 * bean keeps the record views, unmasking and the access monitor that watches every view.
 */
@Stateless
// reads: every signed-in role (home page counts) and the demo loader; writes name their own (ADR
// 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "ADMIN",
    "SYSTEM"
})
public class BorrowerServiceBean implements BorrowerService {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext session;

    @Inject private BorrowerRegistration registration;
    @Inject private BorrowerSearch search;
    @Inject private BorrowerProfiles profiles;
    @Inject private AccountManagers managers;

    @EJB private AuditTrail audit;
    @EJB private AccessMonitor monitor;

    @Override
    @RolesAllowed({"ADMIN", "SYSTEM"})
    public AccountManagerView registerAccountManager(RegisterAccountManager c) {
        return managers.register(c);
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "SYSTEM"})
    public BorrowerView registerEnterprise(RegisterEnterprise c) {
        return registration.enterprise(c);
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "SYSTEM"})
    public BorrowerView registerIndividual(RegisterIndividual c) {
        return registration.individual(c);
    }

    @Override
    public Optional<BorrowerView> find(long borrowerId) {
        Borrower b = em.find(Borrower.class, borrowerId);
        if (b == null) {
            return Optional.empty();
        }
        viewed(b, "VIEW_RECORD");
        return Optional.of(BorrowerViews.borrower(b));
    }

    /** Audits a view of the borrower's data and lets the monitor check the look-up pattern. */
    private void viewed(Borrower b, String what) {
        monitor.borrowerViewed(
                b.getId(),
                b.getAccountManagerId(),
                currentAccountManager().map(AccountManagerView::id).orElse(null),
                what);
    }

    @Override
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public UnmaskedIdentity unmask(long borrowerId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() < 5) {
            throw new InvalidInputException("reason", "UNMASK_REASON", 5);
        }
        Borrower b = em.find(Borrower.class, borrowerId);
        if (b == null) {
            throw new InvalidInputException("borrowerId", "UNKNOWN_REFERENCE");
        }
        audit.record(
                AuditEvent.coded(
                        "UNMASK", "BORROWER", borrowerId, "AUDIT_UNMASKED", reason.strip()));
        viewed(b, "VIEW_UNMASKED");
        return new UnmaskedIdentity(
                borrowerId, b.getIdentityNumber(), b.getSettlementAccount(), b.getMobile());
    }

    @Override
    public List<BorrowerView> search(String nameFragment, int maxResults) {
        return search.search(nameFragment, maxResults);
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public PageResult<BorrowerView> searchPage(PageRequest request) {
        return search.page(request);
    }

    @Override
    public List<BorrowerView> ofAccountManager(long accountManagerId, int maxResults) {
        return search.ofAccountManager(accountManagerId, maxResults);
    }

    @Override
    public Optional<SettlementAccountView> settlementAccount(long borrowerId) {
        Borrower b = em.find(Borrower.class, borrowerId);
        return b == null ? Optional.empty() : profiles.settlementAccount(b);
    }

    @Override
    public long countBorrowers() {
        return em.createQuery("select count(b) from Borrower b", Long.class).getSingleResult();
    }

    @Override
    public Optional<BorrowerProfile> profile(long borrowerId) {
        Borrower b = em.find(Borrower.class, borrowerId);
        if (b == null) {
            return Optional.empty();
        }
        viewed(b, "VIEW_360");
        return Optional.of(profiles.profile(b));
    }

    @Override
    public List<AccountManagerView> accountManagers() {
        return managers.all();
    }

    @Override
    public Optional<AccountManagerView> currentAccountManager() {
        String login =
                session.getCallerPrincipal() == null
                        ? null
                        : session.getCallerPrincipal().getName();
        return managers.ofLogin(login);
    }
}
