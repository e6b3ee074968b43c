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
import com.microcredit.web.lists.Borrowed;
import com.microcredit.web.lists.LazyList;
import com.microcredit.web.lists.ListCatalog;
import com.microcredit.web.lists.PageExport;
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
import java.util.Map;
import java.util.Set;

/**
 * The warning queue: open signals filtered by owner role, "mine" and level, most severe first,
 * paged, sorted and filtered on the server and exported as CSV (issue 26); the collection list, the
 * same, with the associated persons of one case's borrower on request (a data-gateway query each
 * time, logged: asked per case, not for the whole list, so the query log and the access monitor see
 * what a collector actually looked at); reminders of instalments falling due.
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
    @Inject private ListCatalog catalog;
    @Inject private PageExport export;

    private String ownerRole;
    private boolean mine;
    private String level;
    private transient LazyList<Borrowed<SignalCaseView>> signals;
    private transient LazyList<Borrowed<CollectionCase>> collection;
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
        reminders = warnings.reminders(nightly.businessDate(), 200);
        Set<Long> ids = new HashSet<>();
        reminders.forEach(r -> ids.add(r.borrowerId()));
        addNames(ids);
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
     * The warning queue, a page at a time on the server (issue 26): open signals of the chosen
     * owner role, owner ("only mine") and level.
     */
    public LazyList<Borrowed<SignalCaseView>> getSignals() {
        if (signals == null) {
            signals = new LazyList<>(catalog.warnings(), this::queueFilters);
        }
        return signals;
    }

    private Map<String, String> queueFilters() {
        Map<String, String> f = new HashMap<>();
        f.put("ownerRole", ownerRole);
        f.put("owner", mine ? user.getUserName() : null);
        f.put("level", level);
        return f;
    }

    /**
     * The collection list, a page at a time on the server: the cases whose loan reference contains
     * the filter text, whose borrower number is the filter text, or whose borrower's name contains
     * it.
     */
    public LazyList<Borrowed<CollectionCase>> getCollection() {
        if (collection == null) {
            collection = new LazyList<>(catalog.collection(), this::collectionFilters);
        }
        return collection;
    }

    private Map<String, String> collectionFilters() {
        Map<String, String> f = new HashMap<>();
        f.put("text", collectionFilter);
        f.put("borrowers", catalog.borrowersNamed(collectionFilter));
        return f;
    }

    /** Applies the collection filter (the table reads its first page again). */
    public void loadCollection() {
        // the lazy model reads the filter field at its next load
    }

    /** Exports the warning queue as the table's filters and sort select it. */
    public void exportSignals() throws java.io.IOException {
        export.csv(getSignals());
    }

    /** Exports the collection list as the table's filters and sort select it. */
    public void exportCollection() throws java.io.IOException {
        export.csv(getCollection());
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

    public List<ReminderView> getReminders() {
        return reminders;
    }
}
