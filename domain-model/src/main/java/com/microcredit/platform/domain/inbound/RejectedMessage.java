package com.microcredit.platform.domain.inbound;

import com.microcredit.shared.domain.IdentityMask;
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
 * An inbound message that failed validation: kept with its reason (and forwarded to the exception
 * destination) so nothing is silently dropped and admins can count and read it.
 *
 * <p>A refused message may name an account or identity number anywhere – in its body, in its
 * business key (an end-of-day report's is account/date) or in the reason that quotes it. At rest
 * the body is AES-GCM encrypted like every other personal number (ADR 0011), and the key and the
 * reason keep only the last four characters of any such number ({@link
 * IdentityMask#maskNumbersIn}): enough to count, find and read refusals, not to learn the numbers.
 * The copy on the exception destination is masked the same way, its body too (ADR 0025): the full
 * message is kept only here, encrypted.
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
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "payload")
    private String payload;

    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    protected RejectedMessage() {}

    public RejectedMessage(
            String destination,
            String businessKey,
            String reason,
            String payload,
            Instant rejectedAt) {
        this.destination = Objects.requireNonNull(destination, "destination");
        this.businessKey = businessKey == null ? null : maskedKey(businessKey);
        this.reason =
                truncate(
                        IdentityMask.maskNumbersIn(Objects.requireNonNull(reason, "reason")), 1000);
        this.payload = payload == null ? null : truncate(payload, MAX_PAYLOAD);
        this.rejectedAt = Objects.requireNonNull(rejectedAt, "rejected at");
    }

    /** The business key as it is stored: any identity or account number in it masked. */
    public static String maskedKey(String businessKey) {
        return IdentityMask.maskNumbersIn(businessKey);
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
