package com.microcredit.web.protection;

import com.microcredit.protection.api.AccessMonitor;
import com.microcredit.protection.api.ProtectionRefusedException;
import com.microcredit.protection.api.SecurityAlertView;
import com.microcredit.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Abnormal-look-up alerts for risk managers (auditors read them): staff who opened borrowers
 * outside their book or too many borrowers in a short time. A risk manager acknowledges an alert
 * with what the review found; nobody acknowledges an alert about themselves.
 */
@Named
@ViewScoped
public class SecurityAlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient AccessMonitor monitor;

    private boolean openOnly = true;
    private List<SecurityAlertView> alerts = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        alerts = monitor.alerts(openOnly, 200);
    }

    public void refresh() {
        load();
    }

    public void acknowledge(long alertId) {
        try {
            monitor.acknowledge(alertId, notes.get(alertId));
            notes.remove(alertId);
            Messages.pageInfo(Messages.text("alerts.acknowledged", alertId));
            load();
        } catch (ProtectionRefusedException e) {
            Messages.pageError(e.getMessage());
        } catch (EJBException e) {
            Messages.pageError(Messages.rootMessage(e));
        }
    }

    public List<SecurityAlertView> getAlerts() {
        return alerts;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
