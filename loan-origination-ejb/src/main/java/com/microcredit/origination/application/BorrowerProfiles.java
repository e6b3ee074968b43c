package com.microcredit.origination.application;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.BorrowerProfile;
import com.microcredit.origination.api.ChainStandingView;
import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.GroupView;
import com.microcredit.origination.api.LoanView;
import com.microcredit.origination.api.SettlementAccountView;
import com.microcredit.origination.api.VisitService;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.portfolio.api.AccountActivity;
import com.microcredit.portfolio.api.AccountBalanceView;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.SettlementAccounts;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.supplychain.api.ChainCredit;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bank knows of one borrower, gathered from every context: the 360 view (manager, visits,
 * group, chain standing, consents and evidence, applications, loans, open warnings) and the
 * settlement account's balance and turnover from portfolio. Runs in the calling service's
 * transaction; the caller audits the view.
 */
@Dependent
class BorrowerProfiles {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private OriginationSettings settings;

    @EJB private EarlyWarningService earlyWarnings;
    @EJB private GroupService groups;
    @EJB private VisitService visits;
    @EJB private ConsentService consents;
    @EJB private ApplicationService applications;
    @EJB private LoanBookService loanBook;
    @EJB private ChainCredit chainCredit;
    @EJB private SettlementAccounts settlement;

    /** The 360 view of a borrower with the warnings a reader should see first. */
    BorrowerProfile profile(Borrower b) {
        long borrowerId = b.getId();
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
                                        CodedText.of(
                                                        "PROFILE_LOAN_PAST_DUE",
                                                        l.reference(),
                                                        l.daysPastDue(),
                                                        l.category())
                                                .stored()));
        group.filter(g -> "BLOCKED".equals(g.status()))
                .ifPresent(
                        g ->
                                warnings.add(
                                        CodedText.prepend(
                                                List.of(
                                                        CodedText.of(
                                                                "PROFILE_GROUP_BLOCKED", g.name())),
                                                g.statusReason(),
                                                2000)));
        chains.stream()
                .filter(c -> !"NORMAL".equals(c.hubStatus()))
                .forEach(
                        c ->
                                warnings.add(
                                        CodedText.of(
                                                        "PROFILE_HUB_NOT_NORMAL",
                                                        c.hubName(),
                                                        c.hubStatus())
                                                .stored()));
        earlyWarnings.signalsOf(List.of(borrowerId)).stream()
                .filter(WarningSignalView::open)
                .forEach(
                        w ->
                                warnings.add(
                                        CodedText.prepend(
                                                List.of(
                                                        w.loanReference() == null
                                                                ? CodedText.of(
                                                                        "PROFILE_OPEN_SIGNAL",
                                                                        w.level(),
                                                                        w.indicator())
                                                                : CodedText.of(
                                                                        "PROFILE_OPEN_SIGNAL_ON_LOAN",
                                                                        w.level(),
                                                                        w.indicator(),
                                                                        w.loanReference())),
                                                w.evidence(),
                                                4000)));
        if (b.getSettlementAccount() == null) {
            warnings.add(CodedText.of("PROFILE_NO_SETTLEMENT_ACCOUNT").stored());
        }
        return new BorrowerProfile(
                BorrowerViews.borrower(b),
                BorrowerViews.manager(m),
                visits.visitsOf(borrowerId),
                group.orElse(null),
                chains,
                consents.evidenceOf(borrowerId),
                consents.consentsOf(borrowerId),
                applications.ofBorrower(borrowerId),
                loans,
                warnings);
    }

    /** The settlement account (masked), its latest balance and its 30/90-day turnover. */
    Optional<SettlementAccountView> settlementAccount(Borrower b) {
        if (b.getSettlementAccount() == null) {
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.bankZone()));
    }
}
