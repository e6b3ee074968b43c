package com.microcredit.platform.domain.outbox;

import com.microcredit.shared.persistence.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message to core banking waiting in the outbox (ADR 0019): written in the transaction of the
 * change that causes it, so it exists exactly when that change commits; the relay sends it and
 * deletes it in one transaction of its own. The body is encrypted at rest: a disbursement
 * instruction names the borrower's credit account (ADR 0011).
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    /** JNDI name of the queue, e.g. jms/mcrc/Events. */
    @Column(nullable = false, length = 100)
    private String destination;

    @Column(name = "message_type", nullable = false, length = 64)
    private String messageType;

    @Column(name = "business_key", nullable = false, length = 200)
    private String businessKey;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Lob
    @Convert(converter = EncryptedTextConverter.class)
    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboundMessage() {}

    public OutboundMessage(
            String destination,
            String messageType,
            String businessKey,
            int schemaVersion,
            String body,
            Instant createdAt) {
        this.destination = requireText(destination, "destination", 100);
        this.messageType = requireText(messageType, "message type", 64);
        this.businessKey = requireText(businessKey, "business key", 200);
        if (schemaVersion < 1) {
            throw new IllegalArgumentException(
                    "schema version must be at least 1, not " + schemaVersion);
        }
        this.schemaVersion = schemaVersion;
        this.body = requireText(body, "body", Integer.MAX_VALUE);
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    private static String requireText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an outbound message needs a " + what);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    "the " + what + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public String getDestination() {
        return destination;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public int getSchemaVersion() {
        return schemaVersion;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
