package com.microcredit.portfolio.domain.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An inbound message that failed validation: kept with its reason (and forwarded to the
 * exception destination) so nothing is silently dropped and admins can count and read it.
 */
@Entity
@Table(name = "rejected_message")
public class RejectedMessage {

    static final int MAX_PAYLOAD = 16_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, length = 100)
    private String destination;

    @Column(name = "business_key", length = 64)
    private String businessKey;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Lob
    @Column(name = "payload")
    private String payload;

    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    protected RejectedMessage() {
    }

    public RejectedMessage(String destination, String businessKey, String reason, String payload, Instant rejectedAt) {
        this.destination = Objects.requireNonNull(destination, "destination");
        this.businessKey = businessKey;
        this.reason = truncate(Objects.requireNonNull(reason, "reason"), 1000);
        this.payload = payload == null ? null : truncate(payload, MAX_PAYLOAD);
        this.rejectedAt = Objects.requireNonNull(rejectedAt, "rejected at");
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getDestination() {
        return destination;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getReason() {
        return reason;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }
}
