package com.microcredit.supplychain.domain.hub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A borrower trading with a hub as supplier or distributor. The borrower lives in the origination
 * context and is referred to by id only.
 */
@Entity
@Table(
        name = "chain_member",
        uniqueConstraints = @UniqueConstraint(columnNames = {"hub_id", "borrower_id"}))
public class ChainMember {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChainRole role;

    @Column(name = "trading_since", nullable = false)
    private LocalDate tradingSince;

    protected ChainMember() {}

    public ChainMember(Long hubId, Long borrowerId, ChainRole role, LocalDate tradingSince) {
        this.hubId = Objects.requireNonNull(hubId, "hub");
        this.borrowerId = Objects.requireNonNull(borrowerId, "borrower");
        this.role = Objects.requireNonNull(role, "role");
        this.tradingSince = Objects.requireNonNull(tradingSince, "trading since");
    }

    public Long getId() {
        return id;
    }

    public Long getHubId() {
        return hubId;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public ChainRole getRole() {
        return role;
    }

    public LocalDate getTradingSince() {
        return tradingSince;
    }
}
