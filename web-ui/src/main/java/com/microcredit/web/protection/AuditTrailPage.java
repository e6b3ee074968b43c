package com.microcredit.web.protection;

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
import java.util.List;

/**
 * The audit trail for auditors: filter by period (bank dates), staff member, action and subject;
 * newest first, at most {@value #MAX_ROWS} rows; export of the filtered rows as CSV (itself
 * audited).
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_ROWS = 1000;

    @Inject @BankZone private ZoneId bankZone;

    @EJB private transient AuditTrail trail;
    @Inject private Labels labels;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    private List<AuditEntryView> entries = List.of();

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
        entries = trail.search(query());
    }

    private AuditQuery query() {
        Instant start = from == null ? null : from.atStartOfDay(bankZone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(bankZone).toInstant();
        return new AuditQuery(start, end, actor, action, subjectType, subjectId, MAX_ROWS);
    }

    /**
     * The filtered rows as CSV (UTF-8 with BOM for spreadsheets); the export is on the trail too.
     */
    public void export() throws IOException {
        List<AuditEntryView> rows = trail.search(query());
        trail.record(
                AuditEvent.of(
                        "EXPORT",
                        "AUDIT_TRAIL",
                        null,
                        rows.size()
                                + " rows; filters from="
                                + from
                                + " to="
                                + to
                                + " actor="
                                + blankAsAny(actor)
                                + " action="
                                + blankAsAny(action)
                                + " subject="
                                + blankAsAny(subjectType)
                                + "/"
                                + blankAsAny(subjectId)));
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

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }
}
