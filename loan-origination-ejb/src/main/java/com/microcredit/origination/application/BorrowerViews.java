package com.microcredit.origination.application;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;

/** Borrowers and account managers as the API shows them: numbers masked. */
final class BorrowerViews {

    private BorrowerViews() {}

    static AccountManagerView manager(AccountManager m) {
        return new AccountManagerView(
                m.getId(),
                m.getStaffLogin(),
                m.getName(),
                m.getBranchCode(),
                m.getTerritoryRadiusKm());
    }

    static BorrowerView borrower(Borrower b) {
        return new BorrowerView(
                b.getId(),
                b.getKind().name(),
                b.getName(),
                b.maskedIdentityNumber(),
                b.getIndustryCode(),
                b.getRegionCode(),
                b.getAccountManagerId(),
                b.getOwners(),
                b.getEstablishedOn(),
                b.getDeclaredAnnualRevenue(),
                b.maskedAddress(),
                b.getHouseholdSize(),
                b.maskedSettlementAccount(),
                b.maskedMobile());
    }
}
