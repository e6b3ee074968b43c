package com.microcredit.platform.api;

import jakarta.ejb.Local;

/**
 * The one place every inbound channel sends a message it can never apply: the rejection is recorded
 * (shown on the Inbound messages page) and the message is forwarded, with its reason, to the
 * inbound exception destination – both inside the caller's transaction, so a rejection is never
 * half done and nothing is dropped. Used by the listeners of every module.
 */
@Local
public interface InboundRejections {

    /** Records and forwards one refused message; requires a transaction. */
    void reject(RejectedInbound rejection);
}
