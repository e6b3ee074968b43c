package com.microcredit.web.lists;

import com.microcredit.origination.api.ApplicationSummary;
import java.util.List;

/** The export columns of the application list and the referral queue (the page's columns). */
final class ApplicationColumns {

    static final List<ListColumn<ApplicationSummary>> COLUMNS =
            List.of(
                    ListColumn.of("application.reference", ApplicationSummary::reference),
                    ListColumn.of("lists.number", ApplicationSummary::borrowerId),
                    ListColumn.of("wizard.borrower", ApplicationSummary::borrowerName),
                    ListColumn.of("application.product", ApplicationSummary::productCode),
                    ListColumn.of("application.amount", ApplicationSummary::amount),
                    ListColumn.of("lists.currency", ApplicationSummary::currency),
                    ListColumn.of("application.term", ApplicationSummary::termMonths),
                    ListColumn.coded(
                            "application.status",
                            "application.status.",
                            ApplicationSummary::status),
                    ListColumn.coded("decision.rule", "rule.", ApplicationSummary::decidingRule),
                    ListColumn.of("application.preparedBy", ApplicationSummary::preparedBy),
                    ListColumn.of("application.submittedAt", ApplicationSummary::submittedAt));

    private ApplicationColumns() {}
}
