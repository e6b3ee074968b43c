package com.microcredit.web.warning;

import com.microcredit.origination.api.BorrowerDirectory;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.portfolio.api.TakeAction;
import com.microcredit.portfolio.api.WarningAction;
import com.microcredit.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One signal: its evidence, owner, due date and actions; acknowledge, act, complete an action,
 * close.
 */
@Named
@ViewScoped
public class SignalDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "act:";

    @EJB private transient EarlyWarningService warnings;
    @EJB private transient BorrowerDirectory directory;

    private Long id;
    private SignalCaseView signal;
    private WarningAction action = WarningAction.INSPECTION;
    private String note;
    private LocalDate dueOn;
    private String closingNote;
    private String borrowerName;

    public void load() {
        if (id == null) {
            Messages.pageError(Messages.text("signal.missing"));
            return;
        }
        try {
            signal = warnings.detail(id);
            long borrowerId = signal.signal().borrowerId();
            borrowerName =
                    directory.names(List.of(borrowerId)).getOrDefault(borrowerId, "#" + borrowerId);
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        }
    }

    /** The signal's borrower by name (names only; opening the borrower is the audited view). */
    public String getBorrowerName() {
        return borrowerName;
    }

    public void acknowledge() {
        run(() -> warnings.acknowledge(id), "signal.acknowledged");
    }

    public void act() {
        if (note == null || note.isBlank()) {
            Messages.fieldError(FORM + "note", Messages.text("signal.note.required"));
            return;
        }
        if (run(
                () -> warnings.act(new TakeAction(id, action, note, dueOn)),
                "signal.actionTaken")) {
            note = null;
            dueOn = null;
        }
    }

    public void complete(long actionId) {
        run(() -> warnings.completeAction(actionId), "signal.actionCompleted");
    }

    public void close() {
        if (closingNote == null || closingNote.isBlank()) {
            Messages.fieldError("close:closingNote", Messages.text("signal.note.required"));
            return;
        }
        try {
            warnings.close(id, closingNote);
            Messages.pageInfo(Messages.text("signal.closed"));
            closingNote = null;
            load();
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    private boolean run(java.util.function.Supplier<SignalCaseView> call, String done) {
        try {
            signal = call.get();
            Messages.pageInfo(Messages.text(done));
            return true;
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
        return false;
    }

    public List<WarningAction> getActions() {
        return Arrays.asList(WarningAction.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SignalCaseView getSignal() {
        return signal;
    }

    public WarningAction getAction() {
        return action;
    }

    public void setAction(WarningAction action) {
        this.action = action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }
}
