package com.microcredit.origination.application;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.BorrowerProfile;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.ChainStandingView;
import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.GroupView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.LoanView;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.RegisterIndividual;
import com.microcredit.origination.api.SettlementAccountView;
import com.microcredit.origination.api.UnmaskedIdentity;
import com.microcredit.origination.api.VisitService;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.portfolio.api.AccountActivity;
import com.microcredit.portfolio.api.AccountBalanceView;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.SettlementAccounts;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.protection.api.AccessMonitor;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.IdentityMask;
import com.microcredit.shared.domain.InvalidIdentityNumberException;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.ResidentIdNumber;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import com.microcredit.supplychain.api.ChainCredit;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
@PermitAll // method-level roles arrive with the staff-controls issue, see docs/adr/0003
public class BorrowerServiceBean implements BorrowerService {

    @Inject private LookupHasher hasher;

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext session;

    @Inject private OriginationSettings settings;

    @EJB private EarlyWarningService earlyWarnings;

    @EJB private GroupService groups;
    @EJB private VisitService visits;
    @EJB private ConsentService consents;
    @EJB private ApplicationService applications;
    @EJB private LoanBookService loanBook;
    @EJB private ChainCredit chainCredit;
    @EJB private SettlementAccounts settlement;
    @EJB private AuditTrail audit;
    @EJB private AccessMonitor monitor;

    @Override
    public AccountManagerView registerAccountManager(RegisterAccountManager c) {
        AccountManager m =
                new AccountManager(
                        c.staffLogin(),
                        c.name(),
                        c.branchCode(),
                        c.latitude(),
                        c.longitude(),
                        c.territoryRadiusKm());
        em.persist(m);
        em.flush();
        return managerView(m);
    }

    @Override
    public BorrowerView registerEnterprise(RegisterEnterprise c) {
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.parse(c.creditCode());
        } catch (InvalidIdentityNumberException e) {
            throw InvalidInputException.coded("creditCode", e.code(), e.arguments());
        }
        UnifiedSocialCreditCode parsed = code;
        Borrower b =
                build(
                        () ->
                                Borrower.enterprise(
                                        c.name(),
                                        parsed,
                                        c.industryCode(),
                                        c.regionCode(),
                                        requireManager(c.accountManagerId()),
                                        clock.instant(),
                                        hasher));
        detail(
                () ->
                        b.describeEnterprise(
                                c.owners(), c.establishedOn(), c.declaredAnnualRevenue(), today()));
        place(b, c.latitude(), c.longitude(), c.settlementAccount(), c.mobile());
        return register(b, "creditCode");
    }

    @Override
    public BorrowerView registerIndividual(RegisterIndividual c) {
        ResidentIdNumber id;
        try {
            id = ResidentIdNumber.parse(c.residentIdNumber(), today());
        } catch (InvalidIdentityNumberException e) {
            throw InvalidInputException.coded("residentIdNumber", e.code(), e.arguments());
        }
        ResidentIdNumber parsed = id;
        Borrower b =
                build(
                        () ->
                                Borrower.individual(
                                        c.name(),
                                        parsed,
                                        c.regionCode(),
                                        requireManager(c.accountManagerId()),
                                        clock.instant(),
                                        hasher));
        detail(() -> b.describeHousehold(c.address(), c.householdSize()));
        place(b, c.latitude(), c.longitude(), c.settlementAccount(), c.mobile());
        return register(b, "residentIdNumber");
    }

    private static Borrower build(java.util.function.Supplier<Borrower> factory) {
        try {
            return factory.get();
        } catch (FieldRefusal e) {
            throw InvalidInputException.coded(e.field(), e.code(), e.arguments());
        }
    }

    private static void detail(Runnable step) {
        try {
            step.run();
        } catch (FieldRefusal e) {
            throw InvalidInputException.coded(e.field(), e.code(), e.arguments());
        }
    }

    private void place(
            Borrower b,
            BigDecimal latitude,
            BigDecimal longitude,
            String settlementAccount,
            String mobile) {
        if (latitude != null || longitude != null) {
            detail(() -> b.locateAt(latitude, longitude));
        }
        if (settlementAccount != null && !settlementAccount.isBlank()) {
            detail(() -> b.settleThrough(settlementAccount.trim(), hasher));
        }
        if (mobile != null && !mobile.isBlank()) {
            detail(() -> b.reachableAt(mobile, hasher));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.bankZone()));
    }

    private Long requireManager(long accountManagerId) {
        if (em.find(AccountManager.class, accountManagerId) == null) {
            throw InvalidInputException.coded("accountManagerId", "UNKNOWN_REFERENCE");
        }
        return accountManagerId;
    }

    private BorrowerView register(Borrower borrower, String identityField) {
        boolean duplicate =
                !em.createQuery("select b.id from Borrower b where b.identityHash = :h", Long.class)
                        .setParameter(
                                "h", Borrower.identityLookup(hasher, borrower.getIdentityNumber()))
                        .getResultList()
                        .isEmpty();
        if (duplicate) {
            throw InvalidInputException.coded(identityField, "IDENTITY_ALREADY_REGISTERED");
        }
        em.persist(borrower);
        em.flush();
        audit.record(
                AuditEvent.of(
                        "BORROWER_REGISTER",
                        "BORROWER",
                        borrower.getId(),
                        borrower.getKind() + " " + borrower.maskedIdentityNumber()));
        return view(borrower);
    }

    @Override
    public Optional<BorrowerView> find(long borrowerId) {
        Borrower b = em.find(Borrower.class, borrowerId);
        if (b == null) {
            return Optional.empty();
        }
        viewed(b, "borrower record");
        return Optional.of(view(b));
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
            throw new InvalidInputException(
                    "reason", "State why the full numbers are needed (at least 5 characters)");
        }
        Borrower b = em.find(Borrower.class, borrowerId);
        if (b == null) {
            throw new InvalidInputException("borrowerId", "No borrower " + borrowerId);
        }
        audit.record(
                AuditEvent.of(
                        "UNMASK",
                        "BORROWER",
                        borrowerId,
                        "identity, settlement account and mobile shown in full; reason: "
                                + reason.strip()));
        viewed(b, "unmasked identity");
        return new UnmaskedIdentity(
                borrowerId, b.getIdentityNumber(), b.getSettlementAccount(), b.getMobile());
    }

    @Override
    public List<BorrowerView> search(String nameFragment, int maxResults) {
        String mobile = Borrower.normaliseMobile(nameFragment);
        if (Borrower.isMobile(mobile)) {
            // Only the masked number goes on the trail: the audit details never hold a full number.
            audit.record(
                    AuditEvent.of(
                            "BORROWER_SEARCH",
                            "BORROWER",
                            null,
                            "mobile " + IdentityMask.mask(mobile, 3, 4)));
            return em
                    .createQuery(
                            "select b from Borrower b where b.mobileHash = :h order by b.name",
                            Borrower.class)
                    .setParameter("h", Borrower.mobileLookup(hasher, mobile))
                    .setMaxResults(Math.min(Math.max(maxResults, 1), 200))
                    .getResultList()
                    .stream()
                    .map(BorrowerServiceBean::view)
                    .toList();
        }
        // A number typed into the name search (an identity number by mistake) goes on the trail
        // masked.
        audit.record(
                AuditEvent.of(
                        "BORROWER_SEARCH",
                        "BORROWER",
                        null,
                        "name contains \""
                                + (nameFragment == null
                                        ? ""
                                        : IdentityMask.maskNumbersIn(nameFragment.strip()))
                                + "\""));
        String pattern =
                "%"
                        + (nameFragment == null
                                ? ""
                                : nameFragment
                                        .trim()
                                        .toLowerCase()
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_"))
                        + "%";
        return em
                .createQuery(
                        "select b from Borrower b where lower(b.name) like :p escape '\\' order by"
                                + " b.name",
                        Borrower.class)
                .setParameter("p", pattern)
                .setMaxResults(Math.min(Math.max(maxResults, 1), 200))
                .getResultList()
                .stream()
                .map(BorrowerServiceBean::view)
                .toList();
    }

    @Override
    public List<BorrowerView> ofAccountManager(long accountManagerId, int maxResults) {
        return em
                .createQuery(
                        "select b from Borrower b where b.accountManagerId = :m order by b.name",
                        Borrower.class)
                .setParameter("m", accountManagerId)
                .setMaxResults(Math.min(Math.max(maxResults, 1), 500))
                .getResultList()
                .stream()
                .map(BorrowerServiceBean::view)
                .toList();
    }

    @Override
    public Optional<SettlementAccountView> settlementAccount(long borrowerId) {
        Borrower b = em.find(Borrower.class, borrowerId);
        if (b == null || b.getSettlementAccount() == null) {
            return Optional.empty();
        }
        String account = b.getSettlementAccount();
        LocalDate today = today();
        Optional<AccountBalanceView> balance = settlement.latestBalance(account);
        AccountActivity month = settlement.activity(account, today.minusDays(29), today);
        AccountActivity quarter = settlement.activity(account, today.minusDays(89), today);
        return Optional.of(
                new SettlementAccountView(
                        b.maskedSettlementAccount(),
                        balance.map(AccountBalanceView::balance).orElse(null),
                        balance.map(AccountBalanceView::businessDate).orElse(null),
                        balance.map(AccountBalanceView::currency).orElse(null),
                        today,
                        month.credits(),
                        month.debits(),
                        month.transactions(),
                        quarter.credits(),
                        quarter.debits(),
                        quarter.transactions()));
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
        viewed(b, "360 view");
        AccountManager m = em.find(AccountManager.class, b.getAccountManagerId());
        Optional<GroupView> group = groups.groupOf(borrowerId);
        List<ChainStandingView> chains =
                chainCredit.standingOf(borrowerId).stream()
                        .map(
                                s ->
                                        new ChainStandingView(
                                                s.hubId(),
                                                s.hubName(),
                                                s.hubStatus(),
                                                s.role(),
                                                s.verifiedTradeMonths(),
                                                s.trailingTwelveMonthVolume(),
                                                s.memberLimit()))
                        .toList();
        List<LoanView> loans =
                loanBook.exposuresOf(List.of(borrowerId)).stream()
                        .map(
                                e ->
                                        new LoanView(
                                                e.reference(),
                                                e.productCode(),
                                                e.informationPath(),
                                                e.principal(),
                                                e.outstanding(),
                                                e.currency(),
                                                e.status(),
                                                e.daysPastDue(),
                                                e.category()))
                        .toList();
        List<String> warnings = new ArrayList<>();
        loans.stream()
                .filter(l -> "LIVE".equals(l.status()) && l.daysPastDue() > 0)
                .forEach(
                        l ->
                                warnings.add(
                                        "Loan "
                                                + l.reference()
                                                + " is "
                                                + l.daysPastDue()
                                                + " days past due ("
                                                + l.category()
                                                + ")"));
        group.filter(g -> "BLOCKED".equals(g.status()))
                .ifPresent(
                        g ->
                                warnings.add(
                                        "Group " + g.name() + " is blocked: " + g.statusReason()));
        chains.stream()
                .filter(c -> !"NORMAL".equals(c.hubStatus()))
                .forEach(c -> warnings.add("Hub " + c.hubName() + " is " + c.hubStatus()));
        earlyWarnings.signalsOf(List.of(borrowerId)).stream()
                .filter(WarningSignalView::open)
                .forEach(
                        w ->
                                warnings.add(
                                        w.level()
                                                + " "
                                                + w.indicator()
                                                + (w.loanReference() == null
                                                        ? ""
                                                        : " (" + w.loanReference() + ")")
                                                + ": "
                                                + w.evidence()));
        if (b.getSettlementAccount() == null) {
            warnings.add("No settlement account at the bank: cash flows cannot be monitored");
        }
        return Optional.of(
                new BorrowerProfile(
                        view(b),
                        managerView(m),
                        visits.visitsOf(borrowerId),
                        group.orElse(null),
                        chains,
                        consents.evidenceOf(borrowerId),
                        consents.consentsOf(borrowerId),
                        applications.ofBorrower(borrowerId),
                        loans,
                        warnings));
    }

    @Override
    public List<AccountManagerView> accountManagers() {
        return em
                .createQuery("select m from AccountManager m order by m.name", AccountManager.class)
                .getResultList()
                .stream()
                .map(BorrowerServiceBean::managerView)
                .toList();
    }

    @Override
    public Optional<AccountManagerView> currentAccountManager() {
        String login =
                session.getCallerPrincipal() == null
                        ? null
                        : session.getCallerPrincipal().getName();
        return em.createQuery(
                        "select m from AccountManager m where m.staffLogin = :l",
                        AccountManager.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst()
                .map(BorrowerServiceBean::managerView);
    }

    private static AccountManagerView managerView(AccountManager m) {
        return new AccountManagerView(
                m.getId(),
                m.getStaffLogin(),
                m.getName(),
                m.getBranchCode(),
                m.getTerritoryRadiusKm());
    }

    private static BorrowerView view(Borrower b) {
        return new BorrowerView(
                b.getId(),
                b.getKind().name(),
                b.getName(),
                b.maskedIdentityNumber(),
                b.getIndustryCode(),
                b.getRegionCode(),
                b.getAccountManagerId(),
                b.getOwners(),
                b.getEstablishedOn(),
                b.getDeclaredAnnualRevenue(),
                b.maskedAddress(),
                b.getHouseholdSize(),
                b.maskedSettlementAccount(),
                b.maskedMobile());
    }
}
