package com.microcredit.web.warning;

import com.microcredit.portfolio.api.CollectionCase;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.ReminderView;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.api.NightlyRunService;
import com.microcredit.web.shell.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The warning queue: open signals filtered by owner role, "mine" and level, most severe first; the
 * collection list; reminders of instalments falling due.
 */
@Named
@ViewScoped
public class WarningQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient EarlyWarningService warnings;
    @EJB
    private transient NightlyRunService nightly;
    @Inject
    private UserSession user;

    private String ownerRole;
    private boolean mine;
    private String level;
    private List<SignalCaseView> signals = List.of();
    private List<CollectionCase> collection = List.of();
    private List<ReminderView> reminders = List.of();

    @PostConstruct
    void init() {
        for (String role : List.of("ACCOUNT_MANAGER", "CREDIT_OFFICER")) {
            if (user.hasRole(role) && !user.hasRole("RISK_MANAGER")) {
                ownerRole = role;
            }
        }
        load();
    }

    public void load() {
        signals = warnings.queue(ownerRole, mine ? user.getUserName() : null,
                level == null || level.isBlank() ? null : WarningLevel.valueOf(level), 500);
        collection = warnings.collectionList(200);
        reminders = warnings.reminders(nightly.businessDate(), 200);
    }

    public List<String> getOwnerRoles() {
        return List.of("ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER");
    }

    public List<String> getLevels() {
        return List.of("RED", "ORANGE", "YELLOW", "GREEN");
    }

    public String getOwnerRole() {
        return ownerRole;
    }

    public void setOwnerRole(String ownerRole) {
        this.ownerRole = ownerRole == null || ownerRole.isBlank() ? null : ownerRole;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public List<SignalCaseView> getSignals() {
        return signals;
    }

    public List<CollectionCase> getCollection() {
        return collection;
    }

    public List<ReminderView> getReminders() {
        return reminders;
    }
}
