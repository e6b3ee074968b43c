package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.List;

/** Account managers' visits to their borrowers: the relationship path's evidence. */
@Local
public interface VisitService {

    /**
     * Records a visit by the calling account manager (the staff login must belong to an account
     * manager); the visit date may not lie in the future.
     */
    VisitView recordVisit(RecordVisit command);

    List<VisitView> visitsOf(long borrowerId);

    /** The calling manager's recent visits, newest first. */
    List<VisitView> myVisits(int maxResults);
}
