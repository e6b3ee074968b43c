package com.microcredit.origination.domain.consent;

import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A source's answer about one borrower, kept until its retention period ends so that a second query
 * in that time costs nothing; after it, the answer is neither used nor kept (data minimisation).
 * The payload is one observation per line: period|metric|amount.
 */
@Entity
@Table(name = "gateway_response")
public class CachedResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DataSource source;

    @Column(nullable = false, length = 32)
    private String adapter;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Lob
    @Column(nullable = false)
    private String payload;

    protected CachedResponse() {}

    public CachedResponse(
            long borrowerId,
            DataSource source,
            String adapter,
            List<Observation> observations,
            Instant fetchedAt,
            Instant expiresAt) {
        if (!expiresAt.isAfter(fetchedAt)) {
            throw new IllegalArgumentException("a cached answer must expire after it was fetched");
        }
        this.borrowerId = borrowerId;
        this.source = source;
        this.adapter = adapter;
        this.fetchedAt = fetchedAt;
        this.expiresAt = expiresAt;
        StringBuilder b = new StringBuilder();
        for (Observation o : observations) {
            if (o.source() != source || o.metric().contains("|") || o.metric().contains("\n")) {
                throw new IllegalArgumentException(
                        "an answer holds only its own source's observations");
            }
            b.append(o.period())
                    .append('|')
                    .append(o.metric())
                    .append('|')
                    .append(o.amount().toPlainString())
                    .append('\n');
        }
        this.payload = b.toString();
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public List<Observation> observations() {
        List<Observation> result = new ArrayList<>();
        for (String line : payload.split("\n")) {
            if (!line.isEmpty()) {
                String[] p = line.split("\\|");
                result.add(
                        new Observation(source, LocalDate.parse(p[0]), p[1], new BigDecimal(p[2])));
            }
        }
        return result;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public DataSource getSource() {
        return source;
    }

    public String getAdapter() {
        return adapter;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
