package com.microcredit.web.application;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.CostItemView;
import com.microcredit.origination.api.DataQueryView;
import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InstalmentView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RecheckRefusedException;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.web.shell.Messages;
import com.microcredit.web.shell.UserSession;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The decision view: outcome and deciding rule, every information path with its status, evidence
 * and reason, score and PD with reason codes, pricing with every cost item and flag, and the
 * indicative schedule (the fixed one once accepted). Branch staff and account managers accept the
 * offer (a refused limit reservation leaves the offer open) or withdraw with a reason.
 */
@Named
@ViewScoped
public class ApplicationDecision implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> WITHDRAWABLE = List.of("SUBMITTED", "APPROVED", "REFERRED");

    @EJB private transient ApplicationService applications;
    @EJB private transient ConsentService consents;
    @Inject private UserSession user;

    private long id;
    private ApplicationView application;
    private String withdrawalReason;
    private String refusal;
    private List<DataQueryView> sources = List.of();

    /** View action: loads the application in the address. */
    public void load() {
        application = applications.find(id).orElse(null);
        if (application == null) {
            Messages.pageError(Messages.text("decision.notFound", id));
            sources = List.of();
        } else {
            sources = consents.queriesOfCase(application.reference());
        }
    }

    public void accept() {
        if (!canAct()) {
            Messages.pageError(Messages.text("error.notAllowed"));
            return;
        }
        refusal = null;
        try {
            application = applications.acceptOffer(id);
            Messages.pageInfo(Messages.text("decision.accepted", application.reference()));
        } catch (LimitRefusedException e) {
            refusal = e.getMessage();
            Messages.pageError(Messages.text("decision.limitRefused", e.getMessage()));
            load();
        } catch (RecheckRefusedException e) {
            // sent back for a new decision, nothing left the bank: show what the re-check found
            Messages.pageError(Messages.refusal(e));
            load();
        } catch (DecisionRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (InvalidInputException e) {
            Messages.pageError(Messages.refusal(e));
            load();
        }
    }

    /** A case sent back by the acceptance re-check is decided again, on fresh evidence. */
    public void redecide() {
        if (!canAct()) {
            Messages.pageError(Messages.text("error.notAllowed"));
            return;
        }
        try {
            application = applications.decide(id);
            sources = consents.queriesOfCase(application.reference());
            Messages.pageInfo(Messages.text("decision.redecided", application.reference()));
        } catch (DecisionRefusedException | InvalidInputException e) {
            Messages.pageError(Messages.refusal(e));
            load();
        }
    }

    /** Sent back by the re-check, waiting for a new decision. */
    public boolean isRedecidable() {
        return application != null
                && "SUBMITTED".equals(application.status())
                && !application.rechecks().isEmpty()
                && canAct();
    }

    public void withdraw() {
        if (!canAct()) {
            Messages.pageError(Messages.text("error.notAllowed"));
            return;
        }
        if (withdrawalReason == null || withdrawalReason.isBlank()) {
            Messages.fieldError(
                    "withdraw:reason", Messages.text("decision.withdraw.reasonRequired"));
            return;
        }
        try {
            application = applications.withdraw(id, withdrawalReason.strip());
            Messages.pageInfo(Messages.text("decision.withdrawn", application.reference()));
        } catch (InvalidInputException e) {
            Messages.fieldError("withdraw:reason", Messages.refusal(e));
        } catch (DecisionRefusedException e) {
            Messages.pageError(Messages.refusal(e));
            load();
        }
    }

    /** Branch staff and account managers act for the borrower; others read. */
    public boolean canAct() {
        return user.hasRole("BRANCH_STAFF") || user.hasRole("ACCOUNT_MANAGER");
    }

    public boolean isAcceptable() {
        return application != null && "APPROVED".equals(application.status()) && canAct();
    }

    public boolean isWithdrawable() {
        return application != null && WITHDRAWABLE.contains(application.status()) && canAct();
    }

    /** The fixed schedule once accepted, else the offer's indicative one. */
    public List<InstalmentView> getSchedule() {
        if (application == null) {
            return List.of();
        }
        return application.schedule().isEmpty()
                ? application.indicativeSchedule()
                : application.schedule();
    }

    public boolean isScheduleFixed() {
        return application != null && !application.schedule().isEmpty();
    }

    public BigDecimal getTotalPrincipal() {
        return sum(InstalmentView::principal);
    }

    public BigDecimal getTotalInterest() {
        return sum(InstalmentView::interest);
    }

    public BigDecimal getTotalPayable() {
        return sum(InstalmentView::total);
    }

    private BigDecimal sum(Function<InstalmentView, BigDecimal> part) {
        return getSchedule().stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Cost items without the expected-profit line, which the page shows as the result. */
    public List<CostItemView> getCostItems() {
        return application == null || application.pricing() == null
                ? List.of()
                : application.pricing().items().stream()
                        .filter(i -> !"EXPECTED_PROFIT".equals(i.code()))
                        .toList();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    /** What each data source answered for this application, or why not (reason code). */
    public List<DataQueryView> getSources() {
        return sources;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
