package com.microcredit.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Calls as the role BRANCH_STAFF (run-as user of AccessMatrixIT's deployment). */
@Stateless
@PermitAll
@RunAs("BRANCH_STAFF")
@TransactionManagement(TransactionManagementType.BEAN)
public class AsBranchStaff extends RoleCall {}
