package com.microcredit.origination.application;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.AssociatedPersonView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.CollectionContactService;
import com.microcredit.origination.api.CollectionContactsView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.domain.association.AssociatedPerson;
import com.microcredit.origination.domain.association.AssociatedPersons;
import com.microcredit.origination.domain.association.Relation;
import com.microcredit.origination.domain.association.Standing;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.borrower.BorrowerNumbers;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.protection.api.AccessMonitor;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Associated persons for the collection list: gateway query, the bank's own group records, standing
 * from portfolio.
 */
@Stateless
@RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
public class CollectionContactServiceBean implements CollectionContactService {

    @Inject @BankZone private ZoneId bankZone;

    @Inject private LookupHasher hasher;

    // Consents and business dates are in bank time, as everywhere in origination.

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private DataGateway gateway;

    @EJB private LoanBookService loanBook;

    @EJB private BorrowerService borrowers;

    @EJB private AccessMonitor monitor;

    @Resource private SessionContext session;

    @Override
    public CollectionContactsView associatedPersons(long borrowerId, String loanReference) {
        Borrower borrower = em.find(Borrower.class, borrowerId);
        if (borrower == null) {
            throw new InvalidInputException("borrowerId", "UNKNOWN_REFERENCE");
        }
        monitor.borrowerViewed(
                borrowerId,
                borrower.getAccountManagerId(),
                borrowers.currentAccountManager().map(AccountManagerView::id).orElse(null),
                "VIEW_ASSOCIATED_PERSONS");
        Instant now = Instant.now();
        DataGateway.AssociatesAnswer answer =
                gateway.associatedPersons(
                        borrowerId,
                        ConsentPurpose.POST_LOAN_MONITORING,
                        session.getCallerPrincipal().getName(),
                        loanReference,
                        LocalDate.now(bankZone),
                        now);
        if (answer.outcome() == DataQuery.Outcome.REFUSED) {
            // No consent: not even the bank's own group records are listed, so the list never looks
            // like "nobody" when it means "not allowed to ask".
            return new CollectionContactsView(
                    borrowerId, loanReference, answer.outcome().name(), answer.reason(), List.of());
        }
        List<AssociatedPerson> persons =
                AssociatedPersons.combine(
                        borrowerId,
                        borrower.getKind(),
                        borrower.getIdentityNumber(),
                        recognised(answer.persons()),
                        groupMembers(borrowerId));
        Map<Long, Standing> standing = standingOf(persons);
        List<AssociatedPersonView> views =
                persons.stream()
                        .map(
                                p -> {
                                    Standing s =
                                            p.borrowerId() == null
                                                    ? Standing.UNKNOWN
                                                    : standing.getOrDefault(
                                                            p.borrowerId(), Standing.CUSTOMER);
                                    return new AssociatedPersonView(
                                            p.relation().name(),
                                            p.name(),
                                            p.maskedIdentityNumber(),
                                            p.maskedPhone(),
                                            p.origin(),
                                            s.customer(),
                                            s.liveLoans(),
                                            s.overdueLoans(),
                                            s.defaultedLoans());
                                })
                        .toList();
        String outcome =
                answer.outcome() == DataQuery.Outcome.UNAVAILABLE
                        ? answer.outcome().name()
                        : views.isEmpty()
                                ? DataQuery.Outcome.NO_DATA.name()
                                : DataQuery.Outcome.ANSWERED.name();
        return new CollectionContactsView(
                borrowerId, loanReference, outcome, answer.reason(), views);
    }

    /**
     * The source's persons, with the borrower id of those who are our borrowers (matched by
     * identity hash).
     */
    private List<AssociatedPerson> recognised(List<AssociatedPerson> persons) {
        Map<String, Long> byHash = new HashMap<>();
        Set<String> hashes = new HashSet<>();
        persons.stream()
                .filter(p -> p.identityNumber() != null)
                .forEach(
                        p ->
                                hashes.add(
                                        BorrowerNumbers.identityLookup(
                                                hasher, p.identityNumber())));
        if (!hashes.isEmpty()) {
            em.createQuery(
                            "select b.identityHash, b.id from Borrower b where b.identityHash in"
                                    + " :h",
                            Object[].class)
                    .setParameter("h", hashes)
                    .getResultList()
                    .forEach(r -> byHash.put((String) r[0], (Long) r[1]));
        }
        return persons.stream()
                .map(
                        p -> {
                            Long id =
                                    p.identityNumber() == null
                                            ? null
                                            : byHash.get(
                                                    BorrowerNumbers.identityLookup(
                                                            hasher, p.identityNumber()));
                            return id == null ? p : p.asBorrower(id);
                        })
                .toList();
    }

    /**
     * The other members of the borrower's joint-liability groups: they guarantee each other (the
     * bank's own records).
     */
    private List<AssociatedPerson> groupMembers(long borrowerId) {
        List<AssociatedPerson> members = new ArrayList<>();
        for (JointLiabilityGroup g :
                em.createQuery(
                                "select g from JointLiabilityGroup g where :b member of "
                                        + "g.memberBorrowerIds",
                                JointLiabilityGroup.class)
                        .setParameter("b", borrowerId)
                        .getResultList()) {
            for (Long id : g.getMemberBorrowerIds()) {
                Borrower m = em.find(Borrower.class, id);
                if (m != null && id != borrowerId) {
                    members.add(
                            new AssociatedPerson(
                                    Relation.GROUP_MEMBER,
                                    m.getName(),
                                    m.getIdentityNumber(),
                                    null,
                                    id,
                                    AssociatedPerson.BANK));
                }
            }
        }
        return members;
    }

    /** Each listed borrower's standing from portfolio's loan book (one call for all of them). */
    private Map<Long, Standing> standingOf(List<AssociatedPerson> persons) {
        Set<Long> ids = new HashSet<>();
        persons.stream()
                .map(AssociatedPerson::borrowerId)
                .filter(id -> id != null)
                .forEach(ids::add);
        Map<Long, Standing> standing = new HashMap<>();
        if (!ids.isEmpty()) {
            loanBook.exposuresOf(ids)
                    .forEach(
                            e ->
                                    standing.merge(
                                            e.borrowerId(),
                                            Standing.CUSTOMER.with(
                                                    e.status(), e.daysPastDue(), e.category()),
                                            Standing::plus));
        }
        return standing;
    }
}
