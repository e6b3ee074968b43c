package com.microcredit.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Calls as the role ACCOUNT_MANAGER (run-as user of AccessMatrixIT's deployment). */
@Stateless
@PermitAll
@RunAs("ACCOUNT_MANAGER")
@TransactionManagement(TransactionManagementType.BEAN)
public class AsAccountManager extends RoleCall {}
