package com.microcredit.origination.application;

import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.GroupView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.group.JointLiabilityGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

@Stateless
@PermitAll // method-level roles arrive with the staff-controls issue, see docs/adr/0003
public class GroupServiceBean implements GroupService {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public GroupView formGroup(String name, long accountManagerId, int maxSize) {
        JointLiabilityGroup group = new JointLiabilityGroup(name, accountManagerId, maxSize);
        em.persist(group);
        em.flush();
        return view(group);
    }

    @Override
    public GroupView admitMember(long groupId, long borrowerId) {
        JointLiabilityGroup group = em.find(JointLiabilityGroup.class, groupId);
        if (group == null) {
            throw new InvalidInputException("groupId", "No joint-liability group " + groupId);
        }
        if (em.find(Borrower.class, borrowerId) == null) {
            throw new InvalidInputException("borrowerId", "No borrower " + borrowerId);
        }
        try {
            group.admit(borrowerId);
        } catch (IllegalStateException e) {
            throw new InvalidInputException("borrowerId", e.getMessage());
        }
        return view(group);
    }

    @Override
    public List<GroupView> listGroups() {
        return em.createQuery("select g from JointLiabilityGroup g order by g.name", JointLiabilityGroup.class)
                .getResultList().stream().map(GroupServiceBean::view).toList();
    }

    private static GroupView view(JointLiabilityGroup g) {
        return new GroupView(g.getId(), g.getName(), g.getAccountManagerId(), g.getMaxSize(), g.getStatus().name(),
                Set.copyOf(g.getMemberBorrowerIds()));
    }
}
