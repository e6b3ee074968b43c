package com.microcredit.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs a piece of test code as the system identity, the way the application's timers and message
 * listeners run ({@code @RunAs("SYSTEM")}, mapped to the user mcrc-system in the application
 * binding): for operations that only the system identity (and some roles) may call.
 */
@Stateless
@PermitAll
@RunAs("SYSTEM")
public class AsSystem {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
