package com.microcredit.it;

import com.microcredit.architecture.EjbAccessMatrix;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.LocalBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Inside the server: calls every method of {@code ejb-access-matrix.txt} through its bean's view as
 * every role and as nobody ({@link RoleCall}, rolled back), with arguments that are null, zero or
 * false, and compares who the container admitted with the matrix. A call is refused when the method
 * itself throws {@link EJBAccessException}; any other outcome (a result, the service's own refusal
 * of the empty arguments) is admitted. An admitted call that a bean further in refused is reported
 * too: a role its entry admits must get through.
 */
final class EjbMatrixCalls {

    /** Callers: each role, and nobody (null). */
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("BRANCH_STAFF", "AsBranchStaff");
        CALLERS.put("ACCOUNT_MANAGER", "AsAccountManager");
        CALLERS.put("CREDIT_OFFICER", "AsCreditOfficer");
        CALLERS.put("RISK_MANAGER", "AsRiskManager");
        CALLERS.put("AUDITOR", "AsAuditor");
        CALLERS.put("ADMIN", "AsAdmin");
        CALLERS.put("CORE_BANKING", "AsCoreBanking");
        CALLERS.put("SYSTEM", "AsSystemIdentity");
        CALLERS.put(null, "AsNobody");
    }

    /** Arguments other than the empty ones, where those would wait or act. */
    private static final Map<String, Object[]> ARGUMENTS =
            Map.of(
                    // receive(0) would wait for ever: one millisecond for at most one message.
                    "SettlementBatchReceiver#receiveAndApply", new Object[] {1, 1L},
                    "EndOfDayBatchReceiver#receiveAndApply", new Object[] {1, 1L});

    /**
     * Methods not called by the roles they admit (only by those they refuse), and why: an admitted
     * call would act outside the rolled-back transaction. Their admitted paths are run by the ITs
     * named.
     */
    static final Map<String, String> NOT_CALLED_WHEN_ADMITTED =
            Map.of(
                    "NightlyRunServiceBean#start", "starts a nightly run (NightlyRunIT)",
                    "NightlyRunServiceBean#startAsProcess", "starts a nightly run (NightlyRunIT)",
                    "NightlyRunServiceBean#startScheduled", "starts a nightly run (NightlyRunIT)",
                    "SettlementWatch#checkCoverage", "raises warnings per holder (CoreBankingIT)",
                    "StaffAccessBean#beforeLogin", "own transaction; every sign-in of every IT",
                    "StaffAccessBean#loginSucceeded", "own transaction; every sign-in of every IT",
                    "StaffAccessBean#loginFailed", "own transaction; InputProbeIT, sign-in tests",
                    "StaffAccessBean#loggedOut",
                            "own transaction; every sign-out (WebShellBrowserIT)");

    private EjbMatrixCalls() {}

    /** What differs from the matrix, one line each; {@code calls[0]} counts the calls made. */
    static List<String> differences(int[] calls) throws NamingException {
        List<String> wrong = new ArrayList<>();
        for (EjbAccessMatrix.Row row : EjbAccessMatrix.load().values()) {
            Class<?> bean = load(row.bean());
            String shortKey = bean.getSimpleName() + "#" + row.method();
            for (Method method : EjbAccessMatrix.publicMethods(bean)) {
                if (!method.getName().equals(row.method())) {
                    continue;
                }
                Class<?> view = viewOf(bean, method);
                if (view == null) {
                    continue; // not a business method: no client can call it
                }
                Object target = InitialContext.doLookup(jndiName(bean, view));
                Method call = methodOf(view, method);
                Object[] arguments = ARGUMENTS.getOrDefault(shortKey, emptyArguments(method));
                for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                    String role = caller.getKey();
                    boolean admitted = role == null ? row.openReason() != null : row.admits(role);
                    if (admitted && NOT_CALLED_WHEN_ADMITTED.containsKey(shortKey)) {
                        continue;
                    }
                    RoleCall as = InitialContext.doLookup("java:module/" + caller.getValue());
                    Throwable thrown = as.attempt(() -> invoke(target, call, arguments));
                    calls[0]++;
                    boolean refused = thrown instanceof EJBAccessException;
                    String who = role == null ? "nobody" : role;
                    if (refused == admitted) {
                        wrong.add(
                                shortKey
                                        + " as "
                                        + who
                                        + ": "
                                        + (refused ? "refused" : "admitted")
                                        + ", the matrix says "
                                        + row.entry());
                    } else if (!refused && refusedFurtherIn(thrown)) {
                        wrong.add(
                                shortKey
                                        + " as "
                                        + who
                                        + ": admitted, but a bean further in refused: "
                                        + thrown);
                    }
                }
            }
        }
        return wrong;
    }

    private static Object invoke(Object target, Method method, Object[] arguments)
            throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static boolean refusedFurtherIn(Throwable thrown) {
        for (Throwable t = thrown == null ? null : thrown.getCause(); t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    /** The bean's business view that declares the method, or null. */
    private static Class<?> viewOf(Class<?> bean, Method method) {
        List<Class<?>> interfaces = new ArrayList<>();
        for (Class<?> i : bean.getInterfaces()) {
            if (i.getName().startsWith("com.microcredit.")) {
                interfaces.add(i);
            }
        }
        if (interfaces.isEmpty() || bean.isAnnotationPresent(LocalBean.class)) {
            return bean;
        }
        for (Class<?> i : interfaces) {
            if (methodOf(i, method) != null) {
                return i;
            }
        }
        return null;
    }

    private static Method methodOf(Class<?> type, Method method) {
        try {
            return type.getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String jndiName(Class<?> bean, Class<?> view) {
        String module =
                switch (bean.getPackageName().split("\\.")[2]) {
                    case "origination" -> "loan-origination-ejb";
                    case "supplychain" -> "supply-chain-ejb";
                    default -> bean.getPackageName().split("\\.")[2] + "-ejb";
                };
        return "java:app/" + module + "/" + bean.getSimpleName() + "!" + view.getName();
    }

    private static Object[] emptyArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            if (t == boolean.class) {
                arguments[i] = false;
            } else if (t == long.class) {
                arguments[i] = 0L;
            } else if (t == int.class) {
                arguments[i] = 0;
            } else if (t == double.class) {
                arguments[i] = 0d;
            } else if (t.isPrimitive()) {
                throw new IllegalStateException(method + ": no empty value for " + t);
            }
        }
        return arguments;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not in the application", e);
        }
    }
}
