package com.microcredit.web.group;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.GroupMemberView;
import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.GroupView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Joint-liability groups and, for the chosen group, its members: who holds the one active loan,
 * each member's deposit against the group minimum, and whether the group is blocked after a
 * default.
 */
@Named
@ViewScoped
public class GroupList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private transient GroupService groups;
    @EJB private transient BorrowerService borrowers;

    private List<GroupView> groupViews = List.of();
    private Map<Long, String> managerNames = Map.of();
    private Long groupId;
    private GroupView selected;
    private List<GroupMemberView> members = List.of();

    @PostConstruct
    void init() {
        groupViews = groups.listGroups();
        managerNames =
                borrowers.accountManagers().stream()
                        .collect(
                                Collectors.toMap(AccountManagerView::id, AccountManagerView::name));
    }

    /** View action: the group in the address (e.g. from the 360 view), else the first one. */
    public void load() {
        if (groupId == null && !groupViews.isEmpty()) {
            groupId = groupViews.get(0).id();
        }
        if (groupId != null) {
            show(groupId);
        }
    }

    public void show(long id) {
        groupId = id;
        selected = groupViews.stream().filter(g -> g.id() == id).findFirst().orElse(null);
        members = selected == null ? List.of() : groups.members(id);
    }

    public String managerName(long accountManagerId) {
        return managerNames.getOrDefault(accountManagerId, String.valueOf(accountManagerId));
    }

    /** The members holding an active loan (the group rule allows one at a time). */
    public List<String> getActiveBorrowers() {
        return members.stream()
                .filter(GroupMemberView::hasActiveLoan)
                .map(GroupMemberView::name)
                .toList();
    }

    public String getActiveBorrowerNames() {
        return String.join(", ", getActiveBorrowers());
    }

    public List<GroupView> getGroups() {
        return groupViews;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public GroupView getSelected() {
        return selected;
    }

    public List<GroupMemberView> getMembers() {
        return members;
    }
}
