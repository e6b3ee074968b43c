package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.List;

/** Joint-liability groups. */
@Local
public interface GroupService {

    GroupView formGroup(String name, long accountManagerId, int maxSize);

    GroupView admitMember(long groupId, long borrowerId);

    List<GroupView> listGroups();
}
