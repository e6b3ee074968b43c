package com.microcredit.web.warning;

import com.microcredit.origination.api.AssociatedPersonView;
import com.microcredit.origination.api.BorrowerDirectory;
import com.microcredit.origination.api.CollectionContactService;
import com.microcredit.origination.api.CollectionContactsView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.portfolio.api.CollectionCase;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.NightlyRunService;
import com.microcredit.portfolio.api.ReminderView;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.web.shell.Messages;
import com.microcredit.web.shell.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The warning queue: open signals filtered by owner role, "mine" and level, most severe first; the
 * collection list, with the associated persons of one case's borrower on request (a data-gateway
 * query each time, logged: asked per case, not for the whole list, so the query log and the access
 * monitor see what a collector actually looked at); reminders of instalments falling due.
 */
@Named
@ViewScoped
public class WarningQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient EarlyWarningService warnings;
    @EJB private transient NightlyRunService nightly;
    @EJB private transient CollectionContactService contacts;
    @EJB private transient BorrowerDirectory directory;
    @Inject private UserSession user;

    private String ownerRole;
    private boolean mine;
    private String level;
    private List<SignalCaseView> signals = List.of();
    private List<CollectionCase> collection = List.of();
    private List<ReminderView> reminders = List.of();
    private CollectionContactsView persons;
    private String collectionFilter;
    private HashMap<Long, String> borrowerNames = new HashMap<>();

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
        borrowerNames = new HashMap<>();
        signals =
                warnings.queue(
                        ownerRole,
                        mine ? user.getUserName() : null,
                        level == null || level.isBlank() ? null : WarningLevel.valueOf(level),
                        500);
        reminders = warnings.reminders(nightly.businessDate(), 200);
        Set<Long> ids = new HashSet<>();
        signals.forEach(c -> ids.add(c.signal().borrowerId()));
        reminders.forEach(r -> ids.add(r.borrowerId()));
        addNames(ids);
        loadCollection();
    }

    /** Adds the names of these borrowers to those the lists show (one query, names only). */
    private void addNames(Set<Long> ids) {
        ids.removeAll(borrowerNames.keySet());
        if (!ids.isEmpty()) {
            borrowerNames.putAll(directory.names(ids));
        }
    }

    /** A borrower's name for the lists (the number only when the borrower is unknown). */
    public String nameOf(long borrowerId) {
        return borrowerNames.getOrDefault(borrowerId, "#" + borrowerId);
    }

    /**
     * The collection list, narrowed to the cases whose loan reference or borrower name contains the
     * filter text, or whose borrower number is the filter text.
     */
    public void loadCollection() {
        String f =
                collectionFilter == null
                        ? ""
                        : collectionFilter.strip().toUpperCase(java.util.Locale.ROOT);
        List<CollectionCase> cases = warnings.collectionList(200);
        Set<Long> ids = new HashSet<>();
        cases.forEach(k -> ids.add(k.borrowerId()));
        addNames(ids);
        collection =
                cases.stream()
                        .filter(
                                k ->
                                        f.isEmpty()
                                                || k.loanReference()
                                                        .toUpperCase(java.util.Locale.ROOT)
                                                        .contains(f)
                                                || String.valueOf(k.borrowerId()).equals(f)
                                                || nameOf(k.borrowerId())
                                                        .toUpperCase(java.util.Locale.ROOT)
                                                        .contains(f))
                        .toList();
    }

    public String getCollectionFilter() {
        return collectionFilter;
    }

    public void setCollectionFilter(String collectionFilter) {
        this.collectionFilter = collectionFilter;
    }

    /**
     * Queries the associated persons of a collection case's borrower (the gateway refuses without
     * consent).
     */
    public void showPersons(CollectionCase k) {
        try {
            persons = contacts.associatedPersons(k.borrowerId(), k.loanReference());
        } catch (InvalidInputException e) {
            persons = null;
            Messages.pageError(Messages.refusal(e));
        }
    }

    /** Whether the caller may query associated persons (auditors read the query log instead). */
    public boolean isMayQueryPersons() {
        return user.hasRole("ACCOUNT_MANAGER")
                || user.hasRole("CREDIT_OFFICER")
                || user.hasRole("RISK_MANAGER");
    }

    public CollectionContactsView getPersons() {
        return persons;
    }

    public String getPersonsTitle() {
        return persons == null
                ? ""
                : Messages.text(
                        "collection.personsOf",
                        nameOf(persons.borrowerId()),
                        persons.loanReference());
    }

    public String getPersonsReason() {
        if (persons == null) {
            return "";
        }
        return persons.refused()
                ? Messages.text("collection.refused", persons.reason())
                : persons.unavailable()
                        ? Messages.text("collection.unavailable", persons.reason())
                        : "";
    }

    public String standingOf(AssociatedPersonView p) {
        return p.customer()
                ? Messages.text(
                        "collection.standingText",
                        p.liveLoans(),
                        p.overdueLoans(),
                        p.defaultedLoans())
                : Messages.text("collection.notCustomer");
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
