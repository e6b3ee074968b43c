package com.microcredit.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Calls without an identity of its own: as the test's thread, signed in as nobody. */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class AsNobody extends RoleCall {}
