package com.microcredit.platform.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * What admins and risk managers see of the inbound message streams of every context: the messages
 * refused through {@link InboundRejections} (the Inbound messages page).
 */
@Local
public interface InboundMessageMonitor {

    long rejectedCount();

    List<RejectedMessageView> latestRejections(int max);

    /**
     * One page of the refused messages (issue 26): sort keys rejectedAt (the default, newest first)
     * and destination; filter destination; counted.
     */
    PageResult<RejectedMessageView> rejectionsPage(PageRequest request);
}
