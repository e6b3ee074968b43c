package com.microcredit.web.protection;

import com.microcredit.origination.api.BorrowerDirectory;
import com.microcredit.platform.api.BankZone;
import com.microcredit.protection.api.AuditEntryView;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.web.lists.LazyList;
import com.microcredit.web.lists.OperationsLists;
import com.microcredit.web.lists.PageExport;
import com.microcredit.web.shell.Labels;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit trail for auditors: filter by period (bank dates), staff member, action, subject, and
 * borrower by number or part of the name (the rows show borrowers' names beside their numbers);
 * newest first, paged on the server (issue 26); export of the filtered rows as CSV (itself
 * audited).
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_BORROWERS = 200;

    @Inject @BankZone private ZoneId bankZone;

    @EJB private transient AuditTrail trail;
    @EJB private transient BorrowerDirectory directory;
    @Inject private OperationsLists catalog;
    @Inject private PageExport pageExport;
    @Inject private Labels labels;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;

    /** A borrower's number or part of its name: what staff know (issue 26). */
    private String borrower;

    private transient LazyList<AuditEntryView> entries;
    private Map<Long, String> borrowerNames = new HashMap<>();

    @PostConstruct
    void init() {
        to = LocalDate.now(bankZone);
        from = to.minusDays(7);
    }

    /** Applies the filters (the table reads its first page again). */
    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.fieldError("filters:from", Messages.text("audit.fromAfterTo"));
        } else if (filters() == null) {
            Messages.fieldError("filters:borrower", Messages.text("audit.borrower.none"));
        }
    }

    /** The trail, a page at a time on the server, newest first (issue 26). */
    public LazyList<AuditEntryView> getEntries() {
        if (entries == null) {
            entries =
                    new LazyList<>(
                            catalog.audit(this::remember),
                            () -> {
                                Map<String, String> f = filters();
                                return f == null ? Map.of("subjectIds", "-") : f;
                            });
        }
        return entries;
    }

    /** Keeps the names of the borrowers a page shows (one query per page). */
    private void remember(List<AuditEntryView> page) {
        Set<Long> ids = new HashSet<>();
        for (AuditEntryView e : page) {
            Long id = borrowerId(e);
            if (id != null && !borrowerNames.containsKey(id)) {
                ids.add(id);
            }
        }
        if (!ids.isEmpty()) {
            borrowerNames.putAll(directory.names(ids));
        }
    }

    /**
     * The filters of the list: the period as instants of the bank's days; the borrower filter, a
     * number or part of a name, becomes the ids of the borrowers it names: every row about them,
     * whatever its subject (their applications and financings too). Null when it names no borrower.
     */
    private Map<String, String> filters() {
        Map<String, String> f = new HashMap<>();
        f.put("from", from == null ? null : from.atStartOfDay(bankZone).toInstant().toString());
        f.put(
                "to",
                to == null ? null : to.plusDays(1).atStartOfDay(bankZone).toInstant().toString());
        f.put("actor", actor);
        f.put("action", action);
        f.put("subjectType", subjectType);
        f.put("subjectId", subjectId);
        if (borrower != null && !borrower.isBlank()) {
            String b = borrower.strip();
            Map<Long, String> named =
                    b.length() < 19 && b.chars().allMatch(Character::isDigit)
                            ? directory.names(List.of(Long.parseLong(b)))
                            : directory.named(b, MAX_BORROWERS);
            if (named.isEmpty()) {
                return null;
            }
            borrowerNames.putAll(named);
            f.put(
                    "borrowerIds",
                    String.join(",", named.keySet().stream().map(String::valueOf).toList()));
        }
        return f;
    }

    private static Long borrowerId(AuditEntryView e) {
        if (!"BORROWER".equals(e.subjectType()) || e.subjectId() == null) {
            return null;
        }
        try {
            return Long.valueOf(e.subjectId().strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * The subject as staff know it: a borrower's name beside its number, other subjects by their
     * type's label and their id.
     */
    public String subjectOf(AuditEntryView e) {
        Long id = borrowerId(e);
        String name = id == null ? null : borrowerNames.get(id);
        String subject =
                labels.of("audit.subject.", e.subjectType())
                        + " "
                        + (e.subjectId() == null ? "" : e.subjectId());
        return name == null ? subject.strip() : name + " (" + e.subjectId() + ")";
    }

    /** The filtered trail as CSV ({@code ListExport}: UTF-8 with BOM, audited). */
    public void export() throws IOException {
        if (filters() == null) {
            Messages.fieldError("filters:borrower", Messages.text("audit.borrower.none"));
            return;
        }
        pageExport.csv(getEntries());
    }

    public List<String> getActions() {
        return trail.actions();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getBorrower() {
        return borrower;
    }

    public void setBorrower(String borrower) {
        this.borrower = borrower;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }
}
