package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Joint-liability groups. */
@Local
public interface GroupService {

    GroupView formGroup(String name, long accountManagerId, int maxSize);

    GroupView admitMember(long groupId, long borrowerId);

    List<GroupView> listGroups();

    Optional<GroupView> find(long groupId);

    /** The active or blocked group the borrower belongs to, if any. */
    Optional<GroupView> groupOf(long borrowerId);

    /**
     * Members with what the group rules look at: who has an active loan, each member's deposit
     * balance against the group's minimum.
     */
    List<GroupMemberView> members(long groupId);

    /** A member defaulted: blocks the whole group from new lending (reason kept). */
    GroupView blockAfterDefault(long groupId, long defaultingBorrowerId);
}
