package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The external data providers behind the data gateway (docs/providers.md): what each costs against
 * its budgets and how it is doing, for the risk dashboard.
 */
@Local
public interface DataProviderService {

    /** Every provider, in a fixed order (RISK_MANAGER, CREDIT_OFFICER, AUDITOR). */
    List<ProviderStatusView> providers();
}
