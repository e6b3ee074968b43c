package com.microcredit.it;

import java.lang.reflect.Method;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Inside the container, runs every test method and its set-up and tear-down as the system identity
 * through {@link SystemThread}: for test classes whose fixtures call the guarded write services
 * directly, as the demo loader does (ADR 0014). Register it after {@code ArquillianExtension},
 * which skips the invocation on the client side. Outside a container (no {@code SystemThread} to
 * look up) the invocation proceeds as it is. Tests that prove a call without a role is refused
 * (AccessMatrixIT) do not use it.
 */
public class RunsAsSystem implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext)
            throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext)
            throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext)
            throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptAfterEachMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext)
            throws Throwable {
        asSystem(invocation);
    }

    private static void asSystem(Invocation<Void> invocation) throws Throwable {
        SystemThread system;
        try {
            system = InitialContext.doLookup("java:module/SystemThread");
        } catch (NamingException outsideTheContainer) {
            invocation.proceed();
            return;
        }
        Throwable thrown = system.run(invocation::proceed);
        if (thrown != null) {
            throw thrown;
        }
    }
}
