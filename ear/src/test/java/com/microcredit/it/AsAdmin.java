package com.microcredit.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Calls as the role ADMIN (run-as user of AccessMatrixIT's deployment). */
@Stateless
@PermitAll
@RunAs("ADMIN")
@TransactionManagement(TransactionManagementType.BEAN)
public class AsAdmin extends RoleCall {}
