package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The data subject's consents to external data queries (credit bureau, government data platform,
 * utilities). A query without a valid consent for its source and purpose is refused; every query,
 * allowed or refused, is logged.
 */
@Local
public interface ConsentService {

    /**
     * Records a signed authorisation: purpose, sources, expiry and the reference of the signed
     * form.
     */
    ConsentView record(RecordConsent command);

    ConsentView revoke(long consentId, String reason);

    List<ConsentView> consentsOf(long borrowerId);

    /** The query log for one borrower, newest first. */
    List<DataQueryView> queriesOf(long borrowerId, int maxResults);

    /**
     * The queries made for one case (an application's reference), source by source: the decision's
     * evidence of what each source answered, or why it did not (reason code).
     */
    List<DataQueryView> queriesOfCase(String reference);

    /**
     * Evidence per data source for one borrower, with consent status (queries nothing: reads what
     * is held).
     */
    List<EvidenceView> evidenceOf(long borrowerId);
}
