package com.microcredit.web.admin;

import com.microcredit.platform.api.InboundMessageMonitor;
import com.microcredit.platform.api.RejectedMessageView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Refused inbound messages with their reasons, for admins and risk managers. */
@Named
@ViewScoped
public class InboundMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient InboundMessageMonitor monitor;

    private long rejectedCount;
    private List<RejectedMessageView> latest = List.of();

    @PostConstruct
    void load() {
        rejectedCount = monitor.rejectedCount();
        latest = monitor.latestRejections(200);
    }

    public long getRejectedCount() {
        return rejectedCount;
    }

    public List<RejectedMessageView> getLatest() {
        return latest;
    }
}
