package com.microcredit.web.admin;

import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.ReconciledDayView;
import com.microcredit.portfolio.api.ReconciliationBreakView;
import com.microcredit.portfolio.api.ReconciliationService;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation page: the days core banking reported beside our settlement ledger, and the
 * breaks to investigate and resolve with a note (risk managers and admins). Account numbers are
 * shown masked; a full number can be typed into the filter.
 */
@Named
@ViewScoped
public class ReconciliationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ROWS = 500;

    @EJB private transient ReconciliationService reconciliation;

    private boolean openOnly = true;
    private String account;
    private long openCount;
    private List<ReconciliationBreakView> breaks = List.of();
    private List<ReconciledDayView> days = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        openCount = reconciliation.openBreakCount();
        breaks = reconciliation.breaks(openOnly, account, MAX_ROWS);
        days = reconciliation.days(false, 100);
    }

    public void filter() {
        load();
    }

    public void resolve(long breakId) {
        String note = notes.get(breakId);
        if (note == null || note.isBlank()) {
            Messages.pageError(Messages.text("reconciliation.note.required"));
            return;
        }
        try {
            ReconciliationBreakView resolved = reconciliation.resolve(breakId, note);
            Messages.pageInfo(Messages.text("reconciliation.resolved", resolved.id()));
            notes.remove(breakId);
            load();
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    /** Shows the first four and last four characters of an account number. */
    public String mask(String accountNumber) {
        if (accountNumber == null || accountNumber.length() <= 8) {
            return accountNumber;
        }
        return accountNumber.substring(0, 4)
                + "*".repeat(accountNumber.length() - 8)
                + accountNumber.substring(accountNumber.length() - 4);
    }

    public long getOpenCount() {
        return openCount;
    }

    public List<ReconciliationBreakView> getBreaks() {
        return breaks;
    }

    public List<ReconciledDayView> getDays() {
        return days;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
