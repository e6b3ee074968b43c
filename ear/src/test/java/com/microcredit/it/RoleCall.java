package com.microcredit.it;

import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/**
 * Calls a piece of test code with one caller identity (the subclass's {@code @RunAs}, or none) in a
 * transaction that is rolled back afterwards: AccessMatrixIT calls every bean method as every role
 * this way, and nothing a call writes in the caller's transaction stays. The run-as users are the
 * demo users, bound for that test's deployment only ({@link Deployments#asEveryRole}).
 */
public abstract class RoleCall {

    @Resource private UserTransaction transaction;

    /**
     * Runs the call.
     *
     * @return what it threw, or null
     */
    public Throwable attempt(Callable<?> call) {
        try {
            transaction.begin();
        } catch (Exception e) {
            return e;
        }
        try {
            call.call();
            return null;
        } catch (Throwable t) {
            return t;
        } finally {
            try {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot roll the matrix call back", e);
            }
        }
    }
}
