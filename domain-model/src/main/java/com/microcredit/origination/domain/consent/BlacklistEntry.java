package com.microcredit.origination.domain.consent;

import com.microcredit.origination.domain.borrower.BorrowerNumbers;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The bank's internal blacklist, keyed by the lookup hash of the identity number (the number itself
 * is stored encrypted): a listed borrower gets no new loan.
 */
@Entity
@Table(name = "blacklist_entry")
public class BlacklistEntry {

    @Id
    @Column(name = "identity_hash", length = 64)
    private String identityHash;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "identity_cipher", nullable = false, length = 255)
    private String identityNumber;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    protected BlacklistEntry() {}

    public BlacklistEntry(
            String identityNumber, String reason, Instant listedAt, LookupHasher hasher) {
        this.identityNumber = identityNumber;
        this.identityHash = BorrowerNumbers.identityLookup(hasher, identityNumber);
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
