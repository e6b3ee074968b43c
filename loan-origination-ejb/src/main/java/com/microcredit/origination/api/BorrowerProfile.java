package com.microcredit.origination.api;

import java.util.List;

/**
 * The borrower 360 view: profile, account manager, visits, group, supply chains, evidence per
 * source with consent status, consents, applications, loans and warnings. Every identity field is
 * masked.
 */
public record BorrowerProfile(
        BorrowerView borrower,
        AccountManagerView accountManager,
        List<VisitView> visits,
        GroupView group,
        List<ChainStandingView> chains,
        List<EvidenceView> evidence,
        List<ConsentView> consents,
        List<ApplicationSummary> applications,
        List<LoanView> loans,
        List<String> warnings) {}
