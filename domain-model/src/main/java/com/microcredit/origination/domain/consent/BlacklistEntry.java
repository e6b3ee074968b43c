package com.microcredit.origination.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The bank's internal blacklist, keyed by identity number: a listed borrower gets no new loan. */
@Entity
@Table(name = "blacklist_entry")
public class BlacklistEntry {

    @Id
    @Column(name = "identity_number", length = 32)
    private String identityNumber;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    protected BlacklistEntry() {
    }

    public BlacklistEntry(String identityNumber, String reason, Instant listedAt) {
        this.identityNumber = identityNumber;
        this.reason = reason;
        this.listedAt = listedAt;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    public String getReason() {
        return reason;
    }
}
