package com.microcredit.web.protection;

import com.microcredit.origination.api.BorrowerDirectory;
import com.microcredit.platform.api.BankZone;
import com.microcredit.protection.api.AuditEntryView;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditQuery;
import com.microcredit.protection.api.AuditTrail;
import com.microcredit.web.shell.Labels;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * newest first, at most {@value #MAX_ROWS} rows; export of the filtered rows as CSV (itself
 * audited).
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_ROWS = 1000;
    static final int MAX_BORROWERS = 200;

    @Inject @BankZone private ZoneId bankZone;

    @EJB private transient AuditTrail trail;
    @EJB private transient BorrowerDirectory directory;
    @Inject private Labels labels;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;

    /** A borrower's number or part of its name: what staff know (issue 26). */
    private String borrower;

    private List<AuditEntryView> entries = List.of();
    private Map<Long, String> borrowerNames = new HashMap<>();

    @PostConstruct
    void init() {
        to = LocalDate.now(bankZone);
        from = to.minusDays(7);
        search();
    }

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.fieldError("filters:from", Messages.text("audit.fromAfterTo"));
            return;
        }
        AuditQuery q = query();
        if (q == null) {
            Messages.fieldError("filters:borrower", Messages.text("audit.borrower.none"));
            entries = List.of();
            return;
        }
        entries = trail.search(q);
        Set<Long> ids = new HashSet<>();
        for (AuditEntryView e : entries) {
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
     * The filters as a query; the borrower filter, a number or part of a name, becomes the ids of
     * the borrowers it names: every row about them, whatever its subject (their applications and
     * financings too). Null when it names no borrower.
     */
    private AuditQuery query() {
        Instant start = from == null ? null : from.atStartOfDay(bankZone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(bankZone).toInstant();
        List<Long> ids = List.of();
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
            ids = List.copyOf(named.keySet());
        }
        return new AuditQuery(
                start, end, actor, action, subjectType, subjectId, List.of(), MAX_ROWS, ids);
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
        String subject = labels.of("audit.subject.", e.subjectType()) + " " + nullToEmpty(e);
        return name == null ? subject.strip() : name + " (" + e.subjectId() + ")";
    }

    private static String nullToEmpty(AuditEntryView e) {
        return e.subjectId() == null ? "" : e.subjectId();
    }

    /**
     * The filtered rows as CSV (UTF-8 with BOM for spreadsheets); the export is on the trail too.
     */
    public void export() throws IOException {
        AuditQuery q = query();
        if (q == null) {
            Messages.fieldError("filters:borrower", Messages.text("audit.borrower.none"));
            return;
        }
        List<AuditEntryView> rows = trail.search(q);
        trail.record(
                AuditEvent.coded(
                        "EXPORT",
                        "AUDIT_TRAIL",
                        null,
                        "AUDIT_TRAIL_EXPORTED",
                        rows.size(),
                        from,
                        to,
                        blankAsAny(actor),
                        blankAsAny(action),
                        blankAsAny(subjectType) + "/" + blankAsAny(subjectId),
                        q.borrowerIds().isEmpty()
                                ? "*"
                                : q.borrowerIds().stream()
                                        .map(String::valueOf)
                                        .collect(java.util.stream.Collectors.joining(","))));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("text/csv; charset=UTF-8");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        try (Writer out =
                new java.io.OutputStreamWriter(
                        ec.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\ufeff');
            out.write("time,actor,action,subject type,subject id,detail,client address\r\n");
            for (AuditEntryView e : rows) {
                out.write(
                        String.join(
                                        ",",
                                        csv(labels.time(e.occurredAt())),
                                        csv(e.actor()),
                                        csv(e.action()),
                                        csv(e.subjectType()),
                                        csv(e.subjectId()),
                                        csv(labels.coded(e.detail())),
                                        csv(e.clientAddress()))
                                + "\r\n");
            }
        }
        faces.responseComplete();
    }

    private static String blankAsAny(String s) {
        return s == null || s.isBlank() ? "*" : s;
    }

    /**
     * A CSV field, quoted; a leading =, +, - or @ is neutralised so that no spreadsheet runs it as
     * a formula.
     */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    public List<String> getActions() {
        return trail.actions();
    }

    public List<AuditEntryView> getEntries() {
        return entries;
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
