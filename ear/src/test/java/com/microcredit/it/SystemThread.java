package com.microcredit.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * Runs a whole test method (or its set-up) as the system identity, the way the demo loader, timers
 * and listeners run ({@code @RunAs("SYSTEM")}, ADR 0014), for tests whose fixtures call guarded
 * write services directly. Bean-managed: it starts no transaction of its own, so the test's code
 * meets the same transactions as on the servlet thread (and may use its own UserTransaction). What
 * the test throws comes back as the return value, untouched by the container's exception handling.
 * No JUnit type in its signature: it is also deployed in the modules of client-side tests ({@code
 * testable = false}), which carry no JUnit.
 */
@Stateless
@PermitAll
@RunAs("SYSTEM")
@TransactionManagement(TransactionManagementType.BEAN)
public class SystemThread {

    /** A piece of test code. */
    @FunctionalInterface
    public interface Work {
        void run() throws Throwable;
    }

    /**
     * Runs the work as the system identity.
     *
     * @return what it threw, or null
     */
    public Throwable run(Work work) {
        try {
            work.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }
}
