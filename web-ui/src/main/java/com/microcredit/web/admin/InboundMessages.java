package com.microcredit.web.admin;

import com.microcredit.platform.api.InboundMessageMonitor;
import com.microcredit.platform.api.RejectedMessageView;
import com.microcredit.web.lists.LazyList;
import com.microcredit.web.lists.OperationsLists;
import com.microcredit.web.lists.PageExport;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Refused inbound messages with their reasons, for admins and risk managers. */
@Named
@ViewScoped
public class InboundMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient InboundMessageMonitor monitor;

    @Inject private OperationsLists catalog;
    @Inject private PageExport export;

    private long rejectedCount;
    private transient LazyList<RejectedMessageView> latest;

    @PostConstruct
    void load() {
        rejectedCount = monitor.rejectedCount();
    }

    public void exportCsv() throws java.io.IOException {
        export.csv(getLatest());
    }

    public long getRejectedCount() {
        return rejectedCount;
    }

    /** The refused messages, a page at a time on the server, newest first (issue 26). */
    public LazyList<RejectedMessageView> getLatest() {
        if (latest == null) {
            latest = new LazyList<>(catalog.inbound(), java.util.Map::of);
        }
        return latest;
    }
}
