package com.microcredit.web.shell;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.VisitService;
import com.microcredit.platform.api.InboundMessageMonitor;
import com.microcredit.supplychain.api.HubService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The home page: one panel per role the user holds, with that role's figures and work. */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient BorrowerService borrowers;
    @EJB private transient GroupService groups;
    @EJB private transient HubService hubs;
    @EJB private transient ApplicationService applications;
    @EJB private transient VisitService visits;
    @EJB private transient InboundMessageMonitor inbound;
    @Inject private UserSession user;

    private long borrowerCount;
    private int groupCount;
    private int hubCount;
    private Long rejectedMessages;
    private Integer referralCount;
    private Integer myVisitCount;

    @PostConstruct
    void load() {
        borrowerCount = borrowers.countBorrowers();
        groupCount = groups.listGroups().size();
        hubCount = hubs.listHubs().size();
        if (user.hasRole("ADMIN") || user.hasRole("RISK_MANAGER")) {
            rejectedMessages = inbound.rejectedCount();
        }
        if (user.hasRole("CREDIT_OFFICER")
                || user.hasRole("RISK_MANAGER")
                || user.hasRole("AUDITOR")) {
            referralCount = applications.referralQueue().size();
        }
        if (user.hasRole("ACCOUNT_MANAGER")) {
            myVisitCount = visits.myVisits(500).size();
        }
    }

    public long getBorrowerCount() {
        return borrowerCount;
    }

    public int getGroupCount() {
        return groupCount;
    }

    public int getHubCount() {
        return hubCount;
    }

    public Long getRejectedMessages() {
        return rejectedMessages;
    }

    public Integer getReferralCount() {
        return referralCount;
    }

    public Integer getMyVisitCount() {
        return myVisitCount;
    }
}
