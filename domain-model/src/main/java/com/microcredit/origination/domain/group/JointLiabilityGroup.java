package com.microcredit.origination.domain.group;

import com.microcredit.shared.domain.CodedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A voluntary group of households or firms who guarantee each other (default size 5). Invariants:
 * never more members than the group size, a borrower at most once, and a BLOCKED group (after a
 * member's default) admits no new lending until it is cleared.
 */
@Entity
@Table(name = "joint_liability_group")
public class JointLiabilityGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "account_manager_id", nullable = false)
    private Long accountManagerId;

    @Column(name = "max_size", nullable = false)
    private int maxSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GroupStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "minimum_deposit", nullable = false, precision = 19, scale = 2)
    private BigDecimal minimumDeposit = new BigDecimal("1000.00");

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "borrower_id", nullable = false)
    private Set<Long> memberBorrowerIds = new LinkedHashSet<>();

    @Version private long version;

    protected JointLiabilityGroup() {}

    public JointLiabilityGroup(String name, Long accountManagerId, int maxSize) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("group name is required");
        }
        if (maxSize < 2) {
            throw new IllegalArgumentException("a joint-liability group needs at least 2 members");
        }
        this.name = name.trim();
        this.accountManagerId = Objects.requireNonNull(accountManagerId, "account manager");
        this.maxSize = maxSize;
        this.status = GroupStatus.ACTIVE;
    }

    /** Admits a borrower; refuses a full group or a borrower who is already a member. */
    public void admit(Long borrowerId) {
        Objects.requireNonNull(borrowerId, "borrower");
        if (memberBorrowerIds.contains(borrowerId)) {
            throw new IllegalStateException(
                    "borrower " + borrowerId + " is already a member of " + name);
        }
        if (memberBorrowerIds.size() >= maxSize) {
            throw new IllegalStateException("group " + name + " is full (" + maxSize + " members)");
        }
        memberBorrowerIds.add(borrowerId);
    }

    /** A member defaulted: the whole group is blocked from new lending. */
    public void blockAfterDefault(Long defaultingBorrowerId) {
        if (!memberBorrowerIds.contains(defaultingBorrowerId)) {
            throw new IllegalArgumentException(
                    "borrower " + defaultingBorrowerId + " is not a member of " + name);
        }
        this.status = GroupStatus.BLOCKED;
        this.statusReason = CodedText.of("GROUP_MEMBER_DEFAULTED", defaultingBorrowerId).stored();
    }

    public boolean isBlocked() {
        return status == GroupStatus.BLOCKED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public int getMaxSize() {
        return maxSize;
    }

    public GroupStatus getStatus() {
        return status;
    }

    /** Every member must keep at least this balance on deposit while the group is active. */
    public BigDecimal getMinimumDeposit() {
        return minimumDeposit;
    }

    public void requireMinimumDeposit(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("minimum deposit may not be negative");
        }
        this.minimumDeposit = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Set<Long> getMemberBorrowerIds() {
        return Collections.unmodifiableSet(memberBorrowerIds);
    }
}
