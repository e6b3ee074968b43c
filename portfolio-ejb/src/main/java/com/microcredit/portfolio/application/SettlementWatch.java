package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.DateWindow;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.SettlementAccounts;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.domain.exposure.ExposureStatus;
import com.microcredit.portfolio.domain.settlement.FlowCoverage;
import com.microcredit.shared.domain.CodedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Early warnings from the settlement stream (domain guide §2.1, §6): outgoing payments to
 * prohibited industries (fund-usage direction, raised as the payment is applied, in its
 * transaction) and settlement-flow coverage over rolling 30 and 90 days (checked on the
 * reconciliation schedule for every borrower with a live loan).
 */
@Stateless
// settlement intake (listener as SYSTEM, core banking's direct postings) and the schedule (ADR
// 0014)
@RolesAllowed({"CORE_BANKING", "SYSTEM"})
public class SettlementWatch {

    public static final String FUND_USAGE = "FUND_USAGE";
    public static final String COVERAGE_30D = "SETTLEMENT_COVERAGE_30D";
    public static final String COVERAGE_90D = "SETTLEMENT_COVERAGE_90D";
    private static final String SOURCE = "settlement-stream";
    private static final Logger LOG = Logger.getLogger(SettlementWatch.class.getName());

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private AccountRegister accounts;

    @EJB private EarlyWarningService warnings;

    @EJB private SettlementAccounts settlement;

    @Resource private SessionContext context;

    @Inject private WarningSettings settings;

    /**
     * A payment the fund-usage policy flagged: one signal per live loan of the account's holder.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void prohibitedPayment(SettlementTransactionMessage m, List<String> prohibited) {
        Optional<Long> borrower = accounts.holder(m.accountNumber());
        if (borrower.isEmpty()) {
            return;
        }
        String evidence =
                CodedText.of(
                                "WARN_PROHIBITED_PAYMENT",
                                m.amount(),
                                m.currency(),
                                m.valueDate(),
                                m.counterpartyName(),
                                m.counterpartyIndustryCode(),
                                prohibited,
                                m.transactionId())
                        .stored();
        List<String> loans = liveLoans(borrower.get());
        if (loans.isEmpty()) {
            warnings.raise(
                    new RaiseWarning(
                            borrower.get(),
                            null,
                            FUND_USAGE,
                            WarningLevel.YELLOW,
                            evidence,
                            SOURCE));
        }
        loans.forEach(
                loan ->
                        warnings.raise(
                                new RaiseWarning(
                                        borrower.get(),
                                        loan,
                                        FUND_USAGE,
                                        WarningLevel.ORANGE,
                                        evidence,
                                        SOURCE)));
    }

    /**
     * Checks every borrower with a live loan, each in a transaction of its own; returns how many
     * were checked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int checkCoverage(LocalDate asOf) {
        SettlementWatch self = context.getBusinessObject(SettlementWatch.class);
        int checked = 0;
        for (AccountRegister.MonitoredHolder h : accounts.monitoredHolders()) {
            try {
                self.checkCoverage(h.borrowerId(), h.accountNumber(), h.annualTurnover(), asOf);
                checked++;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Coverage check of borrower "
                                + h.borrowerId()
                                + " failed; retried next run",
                        e);
            }
        }
        return checked;
    }

    /**
     * Coverage of one borrower over 30 and 90 days to asOf; a shortfall raises a signal per window.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void checkCoverage(
            long borrowerId, String account, BigDecimal annualTurnover, LocalDate asOf) {
        List<BigDecimal> credits =
                settlement.credits(
                        account,
                        List.of(
                                new DateWindow(
                                        FlowCoverage.windowStart(
                                                asOf, FlowCoverage.SHORT_WINDOW_DAYS),
                                        asOf),
                                new DateWindow(
                                        FlowCoverage.windowStart(
                                                asOf, FlowCoverage.LONG_WINDOW_DAYS),
                                        asOf)));
        FlowCoverage rule = settings.flowCoverage();
        window(
                rule,
                borrowerId,
                COVERAGE_30D,
                credits.get(0),
                annualTurnover,
                FlowCoverage.SHORT_WINDOW_DAYS,
                asOf);
        window(
                rule,
                borrowerId,
                COVERAGE_90D,
                credits.get(1),
                annualTurnover,
                FlowCoverage.LONG_WINDOW_DAYS,
                asOf);
    }

    private void window(
            FlowCoverage rule,
            long borrowerId,
            String indicator,
            BigDecimal credits,
            BigDecimal turnover,
            int days,
            LocalDate asOf) {
        Optional<BigDecimal> share = FlowCoverage.share(credits, turnover, days);
        if (share.isEmpty()) {
            return;
        }
        FlowCoverage.Shortfall shortfall = rule.shortfall(share.get());
        if (shortfall == FlowCoverage.Shortfall.NONE) {
            return;
        }
        warnings.raise(
                new RaiseWarning(
                        borrowerId,
                        null,
                        indicator,
                        shortfall == FlowCoverage.Shortfall.BELOW_HALF_THRESHOLD
                                ? WarningLevel.ORANGE
                                : WarningLevel.YELLOW,
                        CodedText.of(
                                        "WARN_SETTLEMENT_COVERAGE",
                                        share.get(),
                                        days,
                                        asOf,
                                        credits,
                                        turnover,
                                        rule.threshold())
                                .stored(),
                        SOURCE));
    }

    private List<String> liveLoans(long borrowerId) {
        return em.createQuery(
                        "select e.reference from LoanExposure e where e.profile.borrowerId = :b"
                                + " and e.status = :live order by e.reference",
                        String.class)
                .setParameter("b", borrowerId)
                .setParameter("live", ExposureStatus.LIVE)
                .getResultList();
    }
}
