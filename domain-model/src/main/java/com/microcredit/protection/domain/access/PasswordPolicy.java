package com.microcredit.protection.domain.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The password policy for staff: at least {@code minLength} characters, at least three of the four
 * character classes (lower case, upper case, digit, other), not the login name itself, and no
 * character repeated more than three times in a row. The registry holds the passwords (demo
 * registry or LDAP with the same policy, see README); sign-in refuses a password that does not meet
 * it, before the registry is asked, so a weak password cannot be used even where the directory let
 * it be set.
 */
public record PasswordPolicy(int minLength) {

    public PasswordPolicy {
        if (minLength < 8) {
            throw new IllegalArgumentException(
                    "a password policy below 8 characters is not acceptable");
        }
    }

    /** The rules the password breaks (empty when it meets the policy). */
    public List<String> violations(String login, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            broken.add("at least " + minLength + " characters");
            if (password == null) {
                return broken;
            }
        }
        int classes =
                (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                        + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                        + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                        + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            broken.add("three of: lower case, upper case, digit, other character");
        }
        if (login != null && password.equalsIgnoreCase(login)) {
            broken.add("must not be the login name");
        }
        if (password.matches(".*(.)\\1\\1\\1.*")) {
            broken.add("no character four times in a row");
        }
        return broken;
    }

    public boolean accepts(String login, String password) {
        return violations(login, password).isEmpty();
    }
}
