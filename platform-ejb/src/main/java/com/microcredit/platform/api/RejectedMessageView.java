package com.microcredit.platform.api;

import java.time.Instant;

/** An inbound message that was refused, with the reason. */
public record RejectedMessageView(
        long id, String destination, String businessKey, String reason, Instant rejectedAt) {}
