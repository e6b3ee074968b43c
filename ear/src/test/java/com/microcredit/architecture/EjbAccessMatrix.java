package com.microcredit.architecture;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The EJB layer's role matrix as data ({@code ejb-access-matrix.txt}, ADR 0014): for every public
 * method of every session bean, the roles admitted, or {@code PermitAll} with its reason. {@code
 * EjbRolesTest} holds the beans' annotations to it; {@code AccessMatrixIT} calls every method as
 * every role and holds the container to it. Used inside the server too (no test library here).
 */
public final class EjbAccessMatrix {

    /** The matrix resource on the class path. */
    public static final String RESOURCE = "ejb-access-matrix.txt";

    /** What stands for "every caller, none excepted" in the matrix. */
    public static final String PERMIT_ALL = "PermitAll";

    /** Every application role a caller can have (the run-as SYSTEM included). */
    public static final List<String> ROLES =
            List.of(
                    "BRANCH_STAFF",
                    "ACCOUNT_MANAGER",
                    "CREDIT_OFFICER",
                    "RISK_MANAGER",
                    "AUDITOR",
                    "ADMIN",
                    "CORE_BANKING",
                    "SYSTEM");

    /**
     * One method's row.
     *
     * @param bean the bean's class name
     * @param method the method's name (every overload shares the row)
     * @param roles the roles admitted; empty with {@code openReason} for PermitAll
     * @param openReason why every caller is admitted, or null
     */
    public record Row(String bean, String method, Set<String> roles, String openReason) {

        public String key() {
            return bean + "#" + method;
        }

        public boolean admits(String role) {
            return openReason != null || roles.contains(role);
        }

        /** The row as the file writes it. */
        public String entry() {
            return openReason != null
                    ? PERMIT_ALL + " " + openReason
                    : String.join(",", new TreeSet<>(roles));
        }
    }

    private EjbAccessMatrix() {}

    /** The rows, by {@link Row#key()}, in the file's order. */
    public static Map<String, Row> load() {
        ClassLoader loader = EjbAccessMatrix.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Map<String, Row> rows = new LinkedHashMap<>();
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Row row = parse(text);
                if (rows.put(row.key(), row) != null) {
                    throw new IllegalStateException(RESOURCE + ": " + row.key() + " twice");
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row parse(String text) {
        String[] parts = text.split("\\s+", 3);
        int hash = parts[0].indexOf('#');
        if (parts.length < 2 || hash < 0) {
            throw new IllegalStateException(RESOURCE + ": cannot read '" + text + "'");
        }
        String bean = parts[0].substring(0, hash);
        String method = parts[0].substring(hash + 1);
        if (PERMIT_ALL.equals(parts[1])) {
            if (parts.length < 3 || parts[2].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": " + parts[0] + " open, no reason");
            }
            return new Row(bean, method, Set.of(), parts[2].strip());
        }
        Set<String> roles = new TreeSet<>(Arrays.asList(parts[1].split(",")));
        if (!ROLES.containsAll(roles)) {
            throw new IllegalStateException(RESOURCE + ": unknown role in '" + text + "'");
        }
        return new Row(bean, method, Set.copyOf(roles), null);
    }

    /** The public methods a client could call on the bean (its own and inherited ones). */
    public static List<Method> publicMethods(Class<?> bean) {
        return Arrays.stream(bean.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .toList();
    }

    /**
     * What the container admits for a method by its annotations: the roles, {@link #PERMIT_ALL}
     * (with no reason), an empty set for {@code @DenyAll}, or null when neither the method nor its
     * class says anything (the container would then admit every caller, unchecked).
     */
    public static Row effective(Class<?> bean, Method method) {
        Method own = implementation(bean, method);
        Row byMethod = row(bean, own, own.getAnnotation(RolesAllowed.class), own);
        if (byMethod != null) {
            return byMethod;
        }
        return row(bean, own, own.getDeclaringClass().getAnnotation(RolesAllowed.class), null);
    }

    private static Row row(Class<?> bean, Method method, RolesAllowed roles, Method annotated) {
        boolean onMethod = annotated != null;
        java.lang.reflect.AnnotatedElement where =
                onMethod ? annotated : method.getDeclaringClass();
        if (where.isAnnotationPresent(DenyAll.class)) {
            return new Row(bean.getName(), method.getName(), Set.of(), null);
        }
        if (where.isAnnotationPresent(PermitAll.class)) {
            return new Row(bean.getName(), method.getName(), Set.of(), "");
        }
        if (roles != null) {
            return new Row(bean.getName(), method.getName(), Set.of(roles.value()), null);
        }
        return null;
    }

    private static Method implementation(Class<?> bean, Method method) {
        try {
            return bean.getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return method;
        }
    }
}
