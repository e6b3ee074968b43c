package com.microcredit.origination.domain.borrower;

import com.microcredit.shared.domain.IdentityMask;
import com.microcredit.shared.domain.TextInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The household of an individual borrower: the address and how many people live there. Part of the
 * {@link Borrower}'s row; an enterprise has none. The address is shown masked only.
 */
@Embeddable
public class Household {

    /** Column size of the address (characters). */
    public static final int ADDRESS_MAX = 300;

    /** The largest household accepted. */
    public static final int SIZE_MAX = 30;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(name = "household_size")
    private Integer size;

    protected Household() {}

    /** A household as typed: an address and a size from 1 to {@link #SIZE_MAX}. */
    static Household of(String address, int size) {
        BorrowerRules.requireHouseholdSize(size, SIZE_MAX);
        Household h = new Household();
        h.address = TextInput.required(address, "address", ADDRESS_MAX);
        h.size = size;
        return h;
    }

    /** The address masked for display: the first six characters (district level) only. */
    public String maskedAddress() {
        return address == null ? null : IdentityMask.mask(address, 6, 0);
    }

    public Integer size() {
        return size;
    }
}
