package com.microcredit.web.scorecard;

import com.microcredit.origination.api.ActivationView;
import com.microcredit.origination.api.DataSetPreview;
import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.ScorecardService;
import com.microcredit.origination.api.ScorecardView;
import com.microcredit.origination.api.SideBySideView;
import com.microcredit.origination.api.StabilityView;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorecards page: upload a data set and train (risk managers), read the report of the chosen
 * scorecard, propose it as champion or challenger, approve or reject another risk manager's
 * proposal, and watch population stability and the champion/challenger scores side by side.
 */
@Named
@ViewScoped
public class ScorecardsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    @EJB private transient ScorecardService scorecards;

    private List<ScorecardView> all = List.of();
    private List<ActivationView> activations = List.of();
    private List<SideBySideView> sideBySide = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    private final TrainingForm training = new TrainingForm();

    private ScorecardView selected;
    private StabilityView stability;
    private String role = "CHALLENGER";
    private String reason;
    private transient Part recentSample;

    @PostConstruct
    void load() {
        all = scorecards.list();
        activations = scorecards.activations(50);
        sideBySide = scorecards.sideBySide(20);
        if (selected == null && !all.isEmpty()) {
            select(all.get(0).id());
        } else if (selected != null) {
            select(selected.id());
        }
    }

    public void readFile() {
        Part upload = training.getUpload();
        if (upload == null || upload.getSize() == 0) {
            Messages.fieldError("upload:file", Messages.text("scorecards.file.required"));
            return;
        }
        if (upload.getSize() > MAX_BYTES) {
            Messages.fieldError("upload:file", Messages.text("scorecards.file.tooLarge"));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            DataSetPreview p = scorecards.preview(upload.getSubmittedFileName(), bytes);
            training.accept(upload.getSubmittedFileName(), bytes, p);
        } catch (InvalidInputException e) {
            Messages.fieldError("upload:file", Messages.refusal(e));
        } catch (IOException e) {
            Messages.fieldError("upload:file", Messages.text("scorecards.file.unreadable"));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void train() {
        if (!training.hasFile()) {
            Messages.fieldError("training:name", Messages.text("scorecards.file.required"));
            return;
        }
        try {
            ScorecardView trained = scorecards.train(training.command());
            Messages.pageInfo(Messages.text("scorecards.trained", trained.label()));
            selected = trained;
            load();
        } catch (InvalidInputException e) {
            String field =
                    switch (e.field()) {
                        case "name", "target", "badValue" -> "training:" + e.field();
                        case "scaling" -> "training:baseScore";
                        default -> "upload:file";
                    };
            Messages.fieldError(field, Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void select(long scorecardId) {
        selected = scorecards.find(scorecardId).orElse(null);
        stability = selected == null ? null : scorecards.stability(scorecardId);
    }

    public void propose() {
        if (reason == null || reason.isBlank()) {
            Messages.fieldError("activation:reason", Messages.text("scorecards.reason.required"));
            return;
        }
        try {
            ActivationView a = scorecards.proposeActivation(selected.id(), role, reason);
            Messages.pageInfo(
                    Messages.text(
                            "scorecards.proposed",
                            a.scorecardLabel(),
                            Messages.text("scorecards.role." + a.role())));
            reason = null;
            load();
        } catch (InvalidInputException e) {
            Messages.fieldError("activation:reason", Messages.refusal(e));
        } catch (DecisionRefusedException e) {
            Messages.fieldError("activation:reason", Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void approve(long activationId) {
        decide(activationId, true);
    }

    public void reject(long activationId) {
        decide(activationId, false);
    }

    private void decide(long activationId, boolean approve) {
        try {
            ActivationView a =
                    approve
                            ? scorecards.approveActivation(activationId, notes.get(activationId))
                            : scorecards.rejectActivation(activationId, notes.get(activationId));
            Messages.pageInfo(
                    Messages.text("scorecards.decided." + a.status(), a.scorecardLabel()));
            load();
        } catch (InvalidInputException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (DecisionRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
    }

    public void measureAgainstSample() {
        if (recentSample == null || recentSample.getSize() == 0 || selected == null) {
            Messages.fieldError("monitoring:sample", Messages.text("scorecards.file.required"));
            return;
        }
        try (InputStream in = recentSample.getInputStream()) {
            stability =
                    scorecards.stabilityAgainst(
                            selected.id(), recentSample.getSubmittedFileName(), in.readAllBytes());
        } catch (InvalidInputException e) {
            Messages.fieldError("monitoring:sample", Messages.refusal(e));
        } catch (IOException e) {
            Messages.fieldError("monitoring:sample", Messages.text("scorecards.file.unreadable"));
        }
    }

    /** The training form (upload, target, scaling). */
    public TrainingForm getTraining() {
        return training;
    }

    public List<ScorecardView.Bin> getSelectedBins() {
        return selected == null ? List.of() : selected.bins();
    }

    public List<ScorecardView> getAll() {
        return all;
    }

    public List<ActivationView> getActivations() {
        return activations;
    }

    public List<SideBySideView> getSideBySide() {
        return sideBySide;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public ScorecardView getSelected() {
        return selected;
    }

    public StabilityView getStability() {
        return stability;
    }

    public Part getRecentSample() {
        return recentSample;
    }

    public void setRecentSample(Part recentSample) {
        this.recentSample = recentSample;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
