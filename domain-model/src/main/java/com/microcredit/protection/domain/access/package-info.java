/**
 * Staff sign-in controls: lockout after repeated failed logins and the password policy every
 * password used to sign in must meet.
 */
package com.microcredit.protection.domain.access;
