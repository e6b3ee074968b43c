package com.microcredit.origination.application;

import com.microcredit.origination.api.GroupMemberView;
import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.GroupView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.SettlementAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Stateless
// reads: every signed-in role (home page counts); writes name their own (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "AUDITOR",
    "ADMIN",
    "SYSTEM"
})
public class GroupServiceBean implements GroupService {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private LoanBookService loanBook;

    @EJB private SettlementAccounts settlement;

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "SYSTEM"})
    public GroupView formGroup(String name, long accountManagerId, int maxSize) {
        JointLiabilityGroup group = new JointLiabilityGroup(name, accountManagerId, maxSize);
        em.persist(group);
        em.flush();
        return view(group);
    }

    @Override
    @RolesAllowed({"BRANCH_STAFF", "ACCOUNT_MANAGER", "SYSTEM"})
    public GroupView admitMember(long groupId, long borrowerId) {
        JointLiabilityGroup group = em.find(JointLiabilityGroup.class, groupId);
        if (group == null) {
            throw new InvalidInputException("groupId", "UNKNOWN_REFERENCE");
        }
        if (em.find(Borrower.class, borrowerId) == null) {
            throw new InvalidInputException("borrowerId", "UNKNOWN_REFERENCE");
        }
        try {
            group.admit(borrowerId);
        } catch (IllegalStateException e) {
            throw new InvalidInputException("borrowerId", "GROUP_ADMISSION_REFUSED").because(e);
        }
        return view(group);
    }

    @Override
    public List<GroupView> listGroups() {
        return em
                .createQuery(
                        "select g from JointLiabilityGroup g order by g.name",
                        JointLiabilityGroup.class)
                .getResultList()
                .stream()
                .map(GroupServiceBean::view)
                .toList();
    }

    @Override
    public Optional<GroupView> find(long groupId) {
        return Optional.ofNullable(em.find(JointLiabilityGroup.class, groupId))
                .map(GroupServiceBean::view);
    }

    @Override
    public Optional<GroupView> groupOf(long borrowerId) {
        return em
                .createQuery(
                        "select g from JointLiabilityGroup g where :b member of"
                                + " g.memberBorrowerIds",
                        JointLiabilityGroup.class)
                .setParameter("b", borrowerId)
                .getResultList()
                .stream()
                .findFirst()
                .map(GroupServiceBean::view);
    }

    @Override
    public List<GroupMemberView> members(long groupId) {
        JointLiabilityGroup g = require(groupId);
        List<Long> ids = List.copyOf(g.getMemberBorrowerIds());
        Map<Long, BigDecimal> outstanding = new HashMap<>();
        if (!ids.isEmpty()) {
            loanBook.exposuresOf(ids).stream()
                    .filter(e -> "LIVE".equals(e.status()))
                    .forEach(
                            e ->
                                    outstanding.merge(
                                            e.borrowerId(), e.outstanding(), BigDecimal::add));
        }
        return ids.stream()
                .map(id -> em.find(Borrower.class, id))
                .map(
                        b -> {
                            BigDecimal deposit =
                                    b.getSettlementAccount() == null
                                            ? null
                                            : settlement
                                                    .latestBalance(b.getSettlementAccount())
                                                    .map(x -> x.balance())
                                                    .orElse(null);
                            return new GroupMemberView(
                                    b.getId(),
                                    b.getName(),
                                    b.maskedIdentityNumber(),
                                    outstanding.containsKey(b.getId()),
                                    outstanding.get(b.getId()),
                                    deposit,
                                    deposit != null
                                            && deposit.compareTo(g.getMinimumDeposit()) >= 0);
                        })
                .toList();
    }

    @Override
    @RolesAllowed({"CREDIT_OFFICER", "RISK_MANAGER"})
    public GroupView blockAfterDefault(long groupId, long defaultingBorrowerId) {
        JointLiabilityGroup g = require(groupId);
        try {
            g.blockAfterDefault(defaultingBorrowerId);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("borrowerId", "NOT_A_GROUP_MEMBER").because(e);
        }
        return view(g);
    }

    private JointLiabilityGroup require(long groupId) {
        JointLiabilityGroup group = em.find(JointLiabilityGroup.class, groupId);
        if (group == null) {
            throw new InvalidInputException("groupId", "UNKNOWN_REFERENCE");
        }
        return group;
    }

    private static GroupView view(JointLiabilityGroup g) {
        return new GroupView(
                g.getId(),
                g.getName(),
                g.getAccountManagerId(),
                g.getMaxSize(),
                g.getStatus().name(),
                g.getStatusReason(),
                g.getMinimumDeposit(),
                Set.copyOf(g.getMemberBorrowerIds()));
    }
}
