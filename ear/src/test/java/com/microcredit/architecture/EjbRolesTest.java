package com.microcredit.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every session bean names who may call it (ADR 0014): {@code RolesAllowed}
 * on the method or its class, or {@code PermitAll} on the method itself with its reason in the
 * matrix. The annotations must say what {@code ejb-access-matrix.txt} says (the data AccessMatrixIT
 * calls every method as every role with): a new method without roles, or one whose roles changed
 * without the matrix, fails here.
 */
class EjbRolesTest {

    private static final List<Class<?>> BEANS = beans();

    private static List<Class<?>> beans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c :
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.microcredit")) {
            if (c.isAnnotatedWith(Stateless.class)
                    || c.isAnnotatedWith(Singleton.class)
                    || c.isAnnotatedWith(Stateful.class)) {
                beans.add(c.reflect());
            }
        }
        return beans;
    }

    @Test
    void theBeansAreFound() {
        // A scan that found nothing would pass every rule below.
        assertTrue(BEANS.size() > 40, "session beans found: " + BEANS.size());
    }

    @Test
    void everyPublicMethodOfASessionBeanNamesItsRolesAsTheMatrixSays() {
        Map<String, EjbAccessMatrix.Row> matrix = EjbAccessMatrix.load();
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> bean : BEANS) {
            for (Method method : EjbAccessMatrix.publicMethods(bean)) {
                String key = bean.getName() + "#" + method.getName();
                seen.add(key);
                EjbAccessMatrix.Row actual = EjbAccessMatrix.effective(bean, method);
                EjbAccessMatrix.Row expected = matrix.get(key);
                if (actual == null) {
                    wrong.add(key + ": neither @RolesAllowed nor @PermitAll (method or class)");
                } else if (expected == null) {
                    wrong.add(
                            key
                                    + ": not in "
                                    + EjbAccessMatrix.RESOURCE
                                    + "; its line: "
                                    + line(actual));
                } else if (!same(actual, expected)) {
                    wrong.add(key + ": annotated " + line(actual) + ", matrix " + expected.entry());
                }
            }
        }
        matrix.keySet().stream()
                .filter(key -> !seen.contains(key))
                .forEach(key -> wrong.add(key + ": in the matrix, no such public bean method"));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noSessionBeanIsOpenAsAWhole() {
        // An open method says so itself, with its reason in the matrix; a class-level PermitAll
        // would open every method added later without a word.
        List<String> open =
                BEANS.stream()
                        .filter(bean -> bean.isAnnotationPresent(PermitAll.class))
                        .map(Class::getName)
                        .toList();
        assertTrue(open.isEmpty(), "class-level @PermitAll: " + open);
    }

    @Test
    void everyRoleOfTheMatrixIsAnApplicationRole() {
        EjbAccessMatrix.load()
                .values()
                .forEach(
                        row ->
                                assertFalse(
                                        row.openReason() == null && row.roles().isEmpty(),
                                        row.key() + " admits nobody"));
    }

    private static boolean same(EjbAccessMatrix.Row actual, EjbAccessMatrix.Row expected) {
        return (actual.openReason() != null) == (expected.openReason() != null)
                && actual.roles().equals(expected.roles());
    }

    private static String line(EjbAccessMatrix.Row row) {
        return row.openReason() != null
                ? EjbAccessMatrix.PERMIT_ALL + " <reason>"
                : String.join(",", new java.util.TreeSet<>(row.roles()));
    }
}
