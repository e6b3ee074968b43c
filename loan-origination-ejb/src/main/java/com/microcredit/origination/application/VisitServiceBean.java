package com.microcredit.origination.application;

import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RecordVisit;
import com.microcredit.origination.api.VisitService;
import com.microcredit.origination.api.VisitView;
import com.microcredit.origination.domain.borrower.AccountManager;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.Visit;
import com.microcredit.origination.domain.borrower.VisitAssessment;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

@Stateless
// reads: the borrower profile and the visit log; record names its own (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "SYSTEM"
})
public class VisitServiceBean implements VisitService {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Resource private SessionContext session;

    @Inject private OriginationSettings settings;

    @Override
    @RolesAllowed("ACCOUNT_MANAGER")
    public VisitView recordVisit(RecordVisit c) {
        AccountManager manager = currentManager();
        Borrower borrower = em.find(Borrower.class, c.borrowerId());
        if (borrower == null) {
            throw new InvalidInputException("borrowerId", "UNKNOWN_REFERENCE");
        }
        VisitAssessment assessment;
        try {
            assessment = VisitAssessment.valueOf(c.assessment());
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    "assessment", "NOT_ONE_OF", "STRONG, SATISFACTORY, WEAK, ADVERSE");
        }
        Visit visit;
        try {
            visit =
                    new Visit(
                            borrower,
                            manager,
                            c.visitedOn(),
                            assessment,
                            c.notes(),
                            clock.instant(),
                            settings.bankZone());
        } catch (IllegalArgumentException e) {
            boolean date = e.getMessage().startsWith("visit date");
            throw new InvalidInputException(
                            date ? "visitedOn" : "borrowerId",
                            date ? "VISIT_DATE" : "NOT_THE_ACCOUNT_MANAGER")
                    .because(e);
        }
        em.persist(visit);
        em.flush();
        return view(visit, borrower, manager);
    }

    @Override
    public List<VisitView> visitsOf(long borrowerId) {
        return em
                .createQuery(
                        "select v, b, m from Visit v, Borrower b, AccountManager m where"
                                + " v.borrowerId = :b and b.id = v.borrowerId and m.id ="
                                + " v.accountManagerId order by v.visitedOn desc",
                        Object[].class)
                .setParameter("b", borrowerId)
                .setMaxResults(100)
                .getResultList()
                .stream()
                .map(r -> view((Visit) r[0], (Borrower) r[1], (AccountManager) r[2]))
                .toList();
    }

    @Override
    public List<VisitView> myVisits(int maxResults) {
        String login = session.getCallerPrincipal().getName();
        return em
                .createQuery(
                        "select v, b, m from Visit v, Borrower b, AccountManager m where"
                                + " m.staffLogin = :l and b.id = v.borrowerId and m.id ="
                                + " v.accountManagerId order by v.visitedOn desc",
                        Object[].class)
                .setParameter("l", login)
                .setMaxResults(Math.min(Math.max(maxResults, 1), 500))
                .getResultList()
                .stream()
                .map(r -> view((Visit) r[0], (Borrower) r[1], (AccountManager) r[2]))
                .toList();
    }

    private AccountManager currentManager() {
        String login = session.getCallerPrincipal().getName();
        return em.createQuery(
                        "select m from AccountManager m where m.staffLogin = :l",
                        AccountManager.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "borrowerId", "NOT_AN_ACCOUNT_MANAGER", login));
    }

    static VisitView view(Visit v, Borrower b, AccountManager m) {
        return new VisitView(
                v.getId(),
                b.getId(),
                b.getName(),
                m.getId(),
                m.getName(),
                v.getVisitedOn(),
                v.getAssessment().name(),
                v.getNotes());
    }
}
