package com.microcredit.web.application;

import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationSummary;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.ReviewReferral;
import com.microcredit.web.lists.LazyList;
import com.microcredit.web.lists.ListCatalog;
import com.microcredit.web.lists.PageExport;
import com.microcredit.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Referred applications waiting for a credit officer, oldest first, paged on the server. An officer
 * approves or declines each with a note; the officer who prepared a case is refused (maker-checker,
 * enforced by the domain: its message is shown). Risk managers and auditors read the queue.
 */
@Named
@ViewScoped
public class ReferralQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient ApplicationService applications;

    @Inject private ListCatalog catalog;
    @Inject private PageExport export;

    private transient LazyList<ApplicationSummary> referrals;
    private final Map<Long, String> notes = new HashMap<>();

    /** The queue, a page at a time on the server, oldest first (issue 26). */
    public LazyList<ApplicationSummary> getReferrals() {
        if (referrals == null) {
            referrals = new LazyList<>(catalog.referrals(), Map::of);
        }
        return referrals;
    }

    public void exportCsv() throws java.io.IOException {
        export.csv(getReferrals());
    }

    public void approve(long applicationId) {
        review(applicationId, true);
    }

    public void decline(long applicationId) {
        review(applicationId, false);
    }

    private void review(long applicationId, boolean approve) {
        String note = notes.get(applicationId);
        if (note == null || note.isBlank()) {
            Messages.fieldError(noteField(applicationId), Messages.text("referrals.note.required"));
            return;
        }
        try {
            ApplicationView reviewed =
                    applications.review(new ReviewReferral(applicationId, approve, note.strip()));
            Messages.pageInfo(
                    Messages.text("referrals.reviewed." + reviewed.status(), reviewed.reference()));
            notes.remove(applicationId);
        } catch (DecisionRefusedException e) {
            // Maker-checker (APPROVAL_SAME_PERSON) and every other coded refusal in the reader's
            // language, whole.
            Messages.pageError(Messages.refusal(e));
        } catch (InvalidInputException e) {
            Messages.fieldError(noteField(applicationId), Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    /** The client id of the note input in the row of this application. */
    private String noteField(long applicationId) {
        List<ApplicationSummary> page = getReferrals().getWrappedData();
        int first = getReferrals().lastRequest().offset();
        for (int row = 0; page != null && row < page.size(); row++) {
            if (page.get(row).id() == applicationId) {
                return "queue:referrals:" + (first + row) + ":note";
            }
        }
        return null;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
