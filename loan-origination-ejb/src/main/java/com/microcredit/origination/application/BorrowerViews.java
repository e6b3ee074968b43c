package com.microcredit.origination.application;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.EnterpriseProfile;
import com.microcredit.origination.domain.borrower.Household;

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
                b.enterprise().map(EnterpriseProfile::owners).orElse(null),
                b.enterprise().map(EnterpriseProfile::establishedOn).orElse(null),
                b.enterprise().map(EnterpriseProfile::declaredAnnualRevenue).orElse(null),
                b.household().map(Household::maskedAddress).orElse(null),
                b.household().map(Household::size).orElse(null),
                b.maskedSettlementAccount(),
                b.maskedMobile());
    }
}
