package com.microcredit.web.supplychain;

import com.microcredit.platform.api.BankZone;
import com.microcredit.supplychain.api.HealthOutcome;
import com.microcredit.supplychain.api.HubHealthService;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.ProposeHubStatus;
import com.microcredit.supplychain.api.RecordHubIndicators;
import com.microcredit.supplychain.api.StatusChangeView;
import com.microcredit.supplychain.api.SupplyChainRefusedException;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hubs page: every hub with its health and chain size; for risk managers a reading of a hub's
 * indicators (a worse status applies at once, with contagion), a proposed status change with its
 * reason, and the changes waiting for a second risk manager.
 */
@Named
@ViewScoped
public class HubList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject @BankZone private ZoneId bankZone;

    @EJB private transient HubService hubService;
    @EJB private transient HubHealthService health;

    private List<HubView> hubs = List.of();
    private List<StatusChangeView> pending = List.of();
    private final Map<Long, Integer> chainSizes = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    private Long indicatorHub;
    private BigDecimal latePercent;
    private BigDecimal revenuePercent;
    private Integer bureauEvents;
    private Integer courtEvents;

    private Long proposalHub;
    private String proposalStatus;
    private String proposalReason;

    @PostConstruct
    void load() {
        hubs = hubService.listHubs();
        hubs.forEach(h -> chainSizes.put(h.id(), hubService.chainOf(h.id()).size()));
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean reader =
                faces.getExternalContext().isUserInRole("RISK_MANAGER")
                        || faces.getExternalContext().isUserInRole("CREDIT_OFFICER")
                        || faces.getExternalContext().isUserInRole("AUDITOR");
        pending = reader ? health.pending() : List.of();
    }

    public void recordIndicators() {
        if (indicatorHub == null
                || latePercent == null
                || revenuePercent == null
                || bureauEvents == null
                || courtEvents == null) {
            Messages.fieldError("indicators:hub", Messages.text("hubs.indicators.required"));
            return;
        }
        try {
            HealthOutcome outcome =
                    health.recordIndicators(
                            new RecordHubIndicators(
                                    indicatorHub,
                                    LocalDate.now(bankZone),
                                    latePercent.divide(HUNDRED, 4, RoundingMode.HALF_EVEN),
                                    revenuePercent.divide(HUNDRED, 4, RoundingMode.HALF_EVEN),
                                    bureauEvents,
                                    courtEvents));
            if (outcome.change() == null) {
                Messages.pageInfo(
                        Messages.text(
                                "hubs.indicators.noChange",
                                outcome.hub().name(),
                                Messages.text("hub.status." + outcome.reading().impliedStatus())));
            } else {
                Messages.pageInfo(
                        Messages.text(
                                "hubs.indicators.downgraded",
                                outcome.hub().name(),
                                Messages.text("hub.status." + outcome.hub().status()),
                                outcome.warningsRaised()));
            }
            latePercent = null;
            revenuePercent = null;
            bureauEvents = null;
            courtEvents = null;
            load();
        } catch (SupplyChainRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void propose() {
        if (proposalHub == null
                || proposalStatus == null
                || proposalReason == null
                || proposalReason.isBlank()) {
            Messages.fieldError("proposal:reason", Messages.text("hubs.proposal.required"));
            return;
        }
        try {
            StatusChangeView proposed =
                    health.propose(
                            new ProposeHubStatus(proposalHub, proposalStatus, proposalReason));
            Messages.pageInfo(
                    Messages.text("hubs.proposal.done", proposed.id(), proposed.hubName()));
            proposalReason = null;
            load();
        } catch (SupplyChainRefusedException e) {
            Messages.fieldError("proposal:reason", Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void approve(long changeId) {
        decide(changeId, true);
    }

    public void reject(long changeId) {
        decide(changeId, false);
    }

    private void decide(long changeId, boolean approve) {
        try {
            StatusChangeView decided =
                    approve
                            ? health.approve(changeId, notes.get(changeId))
                            : health.reject(changeId, notes.get(changeId));
            Messages.pageInfo(
                    Messages.text(
                            "hubs.decided." + decided.state(),
                            decided.id(),
                            decided.hubName(),
                            Messages.text("hub.status." + decided.toStatus())));
            load();
        } catch (SupplyChainRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public List<HubView> getHubs() {
        return hubs;
    }

    public int chainSize(long hubId) {
        return chainSizes.getOrDefault(hubId, 0);
    }

    public List<StatusChangeView> getPending() {
        return pending;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String[] getStatuses() {
        return new String[] {"NORMAL", "WATCH", "DISTRESSED"};
    }

    public Long getIndicatorHub() {
        return indicatorHub;
    }

    public void setIndicatorHub(Long indicatorHub) {
        this.indicatorHub = indicatorHub;
    }

    public BigDecimal getLatePercent() {
        return latePercent;
    }

    public void setLatePercent(BigDecimal latePercent) {
        this.latePercent = latePercent;
    }

    public BigDecimal getRevenuePercent() {
        return revenuePercent;
    }

    public void setRevenuePercent(BigDecimal revenuePercent) {
        this.revenuePercent = revenuePercent;
    }

    public Integer getBureauEvents() {
        return bureauEvents;
    }

    public void setBureauEvents(Integer bureauEvents) {
        this.bureauEvents = bureauEvents;
    }

    public Integer getCourtEvents() {
        return courtEvents;
    }

    public void setCourtEvents(Integer courtEvents) {
        this.courtEvents = courtEvents;
    }

    public Long getProposalHub() {
        return proposalHub;
    }

    public void setProposalHub(Long proposalHub) {
        this.proposalHub = proposalHub;
    }

    public String getProposalStatus() {
        return proposalStatus;
    }

    public void setProposalStatus(String proposalStatus) {
        this.proposalStatus = proposalStatus;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public void setProposalReason(String proposalReason) {
        this.proposalReason = proposalReason;
    }
}
