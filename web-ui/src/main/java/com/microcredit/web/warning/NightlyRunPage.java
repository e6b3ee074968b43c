package com.microcredit.web.warning;

import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.NightlyRunService;
import com.microcredit.portfolio.api.NightlyRunView;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The nightly run's status: recent runs with progress per partition; start and restart for risk
 * managers.
 */
@Named
@ViewScoped
public class NightlyRunPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient NightlyRunService nightly;

    private List<NightlyRunView> runs = List.of();

    @PostConstruct
    public void load() {
        runs = nightly.recent(20);
    }

    public void start() {
        try {
            NightlyRunView run = nightly.start(nightly.businessDate());
            Messages.pageInfo(Messages.text("nightly.started", run.id(), run.businessDate()));
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
        load();
    }

    public void restart(long runId) {
        try {
            nightly.restart(runId);
            Messages.pageInfo(Messages.text("nightly.restarted", runId));
        } catch (ChangeRefusedException e) {
            Messages.pageError(Messages.refusal(e));
        } catch (EJBAccessException e) {
            Messages.pageError(Messages.text("error.notAllowed"));
        }
        load();
    }

    public boolean isRunning() {
        return runs.stream().anyMatch(r -> "STARTED".equals(r.status()));
    }

    public List<NightlyRunView> getRuns() {
        return runs;
    }
}
