package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.util.List;

/** What admins and risk managers see of the inbound message stream. */
@Local
public interface InboundMessageMonitor {

    long rejectedCount();

    List<RejectedMessageView> latestRejections(int max);

    /** Number of settlement transactions applied for an account. */
    long appliedTransactionCount(String accountNumber);
}
