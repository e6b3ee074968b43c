package com.microcredit.origination.domain.association;

import com.microcredit.origination.domain.borrower.BorrowerNumbers;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A person a registry source records as connected to a borrower (business registration: legal
 * representative and shareholders; household and marriage registration: spouse and household;
 * guarantee contracts: guarantors). The shipped gateway adapter reads these rows so the product
 * runs offline, like {@code alternative_data}; a real registry's adapter answers instead. Identity
 * number and phone are encrypted at rest; the identity's lookup hash finds the person among our
 * borrowers.
 */
@Entity
@Table(name = "associated_person")
public class RegisteredAssociate {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Relation relation;

    @Column(name = "person_name", nullable = false, length = 200)
    private String name;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "identity_cipher", length = 255)
    private String identityNumber;

    @Column(name = "identity_hash", length = 64)
    private String identityHash;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "phone_cipher", length = 255)
    private String phone;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected RegisteredAssociate() {}

    public RegisteredAssociate(
            long borrowerId,
            Relation relation,
            String name,
            String identityNumber,
            String phone,
            LocalDate recordedOn,
            LookupHasher hasher) {
        AssociatedPerson checked =
                new AssociatedPerson(relation, name, identityNumber, phone, null, "table");
        this.borrowerId = borrowerId;
        this.relation = relation;
        this.name = checked.name().strip();
        this.identityNumber = checked.identityNumber();
        this.phone = checked.phone();
        this.recordedOn = recordedOn;
        this.identityHash =
                identityNumber == null
                        ? null
                        : BorrowerNumbers.identityLookup(hasher, identityNumber);
    }

    /** The row as the gateway hands it on, tagged with the adapter that read it. */
    public AssociatedPerson toPerson(String adapter) {
        return new AssociatedPerson(relation, name, identityNumber, phone, null, adapter);
    }

    public Long getId() {
        return id;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getIdentityHash() {
        return identityHash;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }
}
