package com.microcredit.protection.api;

import jakarta.ejb.Local;

/**
 * Sign-in controls for form login and the REST API alike: lockout after repeated failures ({@code
 * mcrc.protect.lockout.*}), the password policy, and the audit rows of logins and logouts. Called
 * before authentication, so open to unauthenticated callers; every outcome is audited in a
 * transaction of its own.
 */
@Local
public interface StaffAccess {

    /** Checks lock and password policy before the registry is asked (a refusal is audited). */
    LoginVerdict beforeLogin(String login, String password, String channel);

    /** The registry accepted the password: clears the failure count, audits the login. */
    void loginSucceeded(String login, String channel);

    /** The registry refused the password: counts the failure (may lock), audits it. */
    void loginFailed(String login, String channel);

    void loggedOut(String login);
}
