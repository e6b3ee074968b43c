package com.microcredit.origination.domain.association;

import com.microcredit.shared.domain.IdentityMask;
import java.util.Locale;
import java.util.Objects;

/**
 * A person connected to a borrower, as a source or the bank's own records know them. The identity
 * number and phone are null when unknown; they leave the origination context only masked ({@link
 * #maskedIdentityNumber()}, {@link #maskedPhone()}). {@code borrowerId} is set when the person is a
 * borrower of this bank (their own standing can then be looked up), {@code origin} says where the
 * row came from: the gateway adapter's name, or {@code BANK} for the bank's own records.
 */
public record AssociatedPerson(
        Relation relation,
        String name,
        String identityNumber,
        String phone,
        Long borrowerId,
        String origin) {

    public static final String BANK = "BANK";

    public AssociatedPerson {
        Objects.requireNonNull(relation, "relation");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an associated person needs a name");
        }
        Objects.requireNonNull(origin, "origin");
        identityNumber = blankToNull(identityNumber);
        phone = blankToNull(phone);
    }

    /**
     * The same person once identified: a registry match by identity hash finds them among the
     * bank's borrowers.
     */
    public AssociatedPerson asBorrower(long id) {
        return new AssociatedPerson(relation, name, identityNumber, phone, id, origin);
    }

    /** Region digits and the last two characters, as a resident ID is masked everywhere else. */
    public String maskedIdentityNumber() {
        return identityNumber == null ? null : IdentityMask.mask(identityNumber, 2, 2);
    }

    /** Carrier prefix and the last four digits (138****5678). */
    public String maskedPhone() {
        return phone == null ? null : IdentityMask.mask(phone, 3, 4);
    }

    /**
     * Who this person is, for recognising the same person twice: the identity number, else the
     * name.
     */
    String personKey() {
        return identityNumber != null
                ? "ID:" + identityNumber.toUpperCase(Locale.ROOT)
                : "NAME:" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        // Never the identity or phone in full: this record ends up in logs and exception messages.
        return "AssociatedPerson[" + relation + ", " + maskedIdentityNumber() + ", " + origin + "]";
    }
}
