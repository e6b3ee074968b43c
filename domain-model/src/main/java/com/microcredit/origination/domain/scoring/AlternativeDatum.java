package com.microcredit.origination.domain.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored monthly observation from a source (the shipped gateway reads these rows so the product
 * runs offline; a real provider's adapter writes or replaces them).
 */
@Entity
@Table(name = "alternative_data")
public class AlternativeDatum {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DataSource source;

    @Column(nullable = false)
    private LocalDate period;

    @Column(nullable = false, length = 32)
    private String metric;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected AlternativeDatum() {}

    public AlternativeDatum(Long borrowerId, Observation o) {
        this.borrowerId = borrowerId;
        this.source = o.source();
        this.period = o.period().withDayOfMonth(1);
        this.metric = o.metric();
        this.amount = o.amount();
    }

    public Observation observation() {
        return new Observation(source, period, metric, amount);
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public DataSource getSource() {
        return source;
    }
}
