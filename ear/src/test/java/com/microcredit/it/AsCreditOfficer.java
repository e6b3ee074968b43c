package com.microcredit.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Calls as the role CREDIT_OFFICER (run-as user of AccessMatrixIT's deployment). */
@Stateless
@PermitAll
@RunAs("CREDIT_OFFICER")
@TransactionManagement(TransactionManagementType.BEAN)
public class AsCreditOfficer extends RoleCall {}
