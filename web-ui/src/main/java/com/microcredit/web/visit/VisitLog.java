package com.microcredit.web.visit;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RecordVisit;
import com.microcredit.origination.api.VisitService;
import com.microcredit.origination.api.VisitView;
import com.microcredit.platform.api.BankZone;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * An account manager's visits, newest first, and the form to record one for a borrower of their own
 * book (the service refuses anyone else's borrower and a date in the future).
 */
@Named
@ViewScoped
public class VisitLog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "visit";
    private static final Set<String> FIELDS =
            Set.of("borrowerId", "visitedOn", "assessment", "notes");
    private static final int BOOK_SIZE = 500;

    @Inject @BankZone private ZoneId bankZone;

    @EJB private transient VisitService visits;
    @EJB private transient BorrowerService borrowers;

    private AccountManagerView manager;
    private List<BorrowerView> book = List.of();
    private List<VisitView> myVisits = List.of();

    private Long borrowerId;
    private LocalDate visitedOn;
    private String assessment = "SATISFACTORY";
    private String notes;

    @PostConstruct
    void init() {
        manager = borrowers.currentAccountManager().orElse(null);
        book = manager == null ? List.of() : borrowers.ofAccountManager(manager.id(), BOOK_SIZE);
        visitedOn = LocalDate.now(bankZone);
        refresh();
    }

    private void refresh() {
        myVisits = visits.myVisits(100);
    }

    public void record() {
        boolean ok = true;
        if (borrowerId == null) {
            Messages.fieldError(FORM + ":borrowerId", Messages.text("intake.required"));
            ok = false;
        }
        if (visitedOn == null) {
            Messages.fieldError(FORM + ":visitedOn", Messages.text("intake.required"));
            ok = false;
        }
        if (notes == null || notes.isBlank()) {
            Messages.fieldError(FORM + ":notes", Messages.text("visit.notes.required"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            VisitView v =
                    visits.recordVisit(
                            new RecordVisit(borrowerId, visitedOn, assessment, notes.strip()));
            Messages.pageInfo(Messages.text("visit.recorded", v.borrowerName(), v.visitedOn()));
            notes = null;
            refresh();
        } catch (InvalidInputException e) {
            Messages.inputError(FORM, e.field(), FIELDS, Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public List<String> getAssessments() {
        return List.of("STRONG", "SATISFACTORY", "WEAK", "ADVERSE");
    }

    public AccountManagerView getManager() {
        return manager;
    }

    public List<BorrowerView> getBook() {
        return book;
    }

    public List<VisitView> getMyVisits() {
        return myVisits;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public void setBorrowerId(Long borrowerId) {
        this.borrowerId = borrowerId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
