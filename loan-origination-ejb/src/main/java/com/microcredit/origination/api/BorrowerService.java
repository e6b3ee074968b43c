package com.microcredit.origination.api;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Intake and lookup of borrowers and their account managers. */
@Local
public interface BorrowerService {

    AccountManagerView registerAccountManager(RegisterAccountManager command);

    /** Validates the credit code (format and check character) and refuses duplicates. */
    BorrowerView registerEnterprise(RegisterEnterprise command);

    /**
     * Validates the resident ID number (format, birth date, check digit) and refuses duplicates.
     */
    BorrowerView registerIndividual(RegisterIndividual command);

    /** One borrower, masked; the look-up is audited and monitored like the 360 view. */
    Optional<BorrowerView> find(long borrowerId);

    /**
     * The 360 view of one borrower (see {@link BorrowerProfile}). Every call is a view of the
     * borrower's data: it is audited, and abnormal look-ups (outside the caller's book, too many in
     * a short time) raise alerts to risk managers.
     */
    Optional<BorrowerProfile> profile(long borrowerId);

    List<AccountManagerView> accountManagers();

    /** The account manager whose staff login is the caller's, if any. */
    Optional<AccountManagerView> currentAccountManager();

    /**
     * Borrowers whose name contains the text, or, when the text is a mainland mobile number
     * (spaces, dashes and +86 allowed), the borrowers with that contact mobile (found by its keyed
     * lookup hash: the number itself is stored only encrypted). Audited; a mobile appears masked on
     * the trail.
     */
    List<BorrowerView> search(String nameOrMobile, int maxResults);

    /** The borrowers an account manager looks after, by name. */
    List<BorrowerView> ofAccountManager(long accountManagerId, int maxResults);

    /**
     * The borrower's settlement account at the bank (balance and recent turnover, read from the
     * portfolio's settlement ledger), or empty when the borrower settles elsewhere.
     */
    Optional<SettlementAccountView> settlementAccount(long borrowerId);

    long countBorrowers();

    /**
     * The identity, settlement account and mobile numbers unmasked: CREDIT_OFFICER, RISK_MANAGER
     * and AUDITOR only, with a reason (required), on the audit trail.
     */
    UnmaskedIdentity unmask(long borrowerId, String reason);

    /**
     * One page of the borrower list (issue 26): sort keys name (the default) and id; filter text
     * (part of the name, or a mobile number); identity data masked; not counted (has more). The
     * search (its first page) is on the audit trail.
     */
    PageResult<BorrowerView> searchPage(PageRequest request);
}
