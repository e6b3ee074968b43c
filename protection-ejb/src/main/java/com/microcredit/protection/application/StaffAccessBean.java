package com.microcredit.protection.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.LoginVerdict;
import com.microcredit.protection.api.StaffAccess;
import com.microcredit.protection.domain.access.StaffLoginState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Lockout, password policy and the audit rows of sign-ins and sign-outs (see {@link StaffAccess}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StaffAccessBean implements StaffAccess {

    private static final Logger LOG = Logger.getLogger(StaffAccessBean.class.getName());

    /** Times in audit details: the bank's zone (the clock's), to the second (ADR 0022). */
    private static final DateTimeFormatter BANK_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private ProtectionSettings settings;

    @Override
    @PermitAll // sign-in bookkeeping: runs before a principal exists
    public LoginVerdict beforeLogin(String login, String password, String channel) {
        String name = normalise(login);
        Instant now = clock.instant();
        StaffLoginState state = em.find(StaffLoginState.class, name);
        if (state != null && state.lockedAt(now)) {
            audit(
                    name,
                    "LOGIN_LOCKED",
                    "AUDIT_LOGIN_WHILE_LOCKED",
                    channel(channel),
                    BANK_TIME.withZone(clock.getZone()).format(state.getLockedUntil()));
            return new LoginVerdict(
                    LoginVerdict.LOCKED, "locked until " + UTC.format(state.getLockedUntil()));
        }
        if (!settings.passwords().accepts(name, password)) {
            fail(name, "AUDIT_LOGIN_WEAK_PASSWORD", channel, now);
            return new LoginVerdict(
                    LoginVerdict.WEAK_PASSWORD, "password does not meet the policy");
        }
        return new LoginVerdict(LoginVerdict.ALLOWED, null);
    }

    @Override
    @PermitAll // sign-in bookkeeping: called by the sign-in path as it authenticates
    public void loginSucceeded(String login, String channel) {
        String name = normalise(login);
        state(name).recordSuccess(clock.instant());
        audit(name, "LOGIN", "AUDIT_SIGNED_IN", channel(channel));
    }

    @Override
    @PermitAll // sign-in bookkeeping: a failed sign-in has no principal
    public void loginFailed(String login, String channel) {
        fail(normalise(login), "AUDIT_LOGIN_REFUSED", channel, clock.instant());
    }

    @Override
    @PermitAll // sign-in bookkeeping: called as the session ends (may have expired)
    public void loggedOut(String login) {
        audit(normalise(login), "LOGOUT", "AUDIT_SIGNED_OUT", channel("web"));
    }

    private void fail(String name, String code, String channel, Instant now) {
        boolean locked = state(name).recordFailure(now, settings.lockout());
        audit(name, "LOGIN_FAILED", code, channel(channel));
        if (locked) {
            LOG.warning(
                    () ->
                            "Login "
                                    + name
                                    + " locked after "
                                    + settings.lockout().maxFailures()
                                    + " failed sign-ins");
            audit(
                    name,
                    "LOGIN_LOCKED",
                    "AUDIT_LOCKED",
                    settings.lockout().lockFor().toMinutes(),
                    settings.lockout().maxFailures());
        }
    }

    private StaffLoginState state(String name) {
        StaffLoginState state =
                em.find(StaffLoginState.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new StaffLoginState(name);
            em.persist(state);
        }
        return state;
    }

    private void audit(String actor, String action, String code, Object... arguments) {
        em.persist(
                AuditTrailBean.entry(
                        AuditEvent.coded(action, "STAFF", actor, code, arguments), actor, clock));
    }

    /** The channel as a code: CHANNEL_WEB, CHANNEL_API (labelled by the bundles). */
    static String channel(String channel) {
        return "CHANNEL_" + String.valueOf(channel).strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Login names as the audit trail keeps them: trimmed, at most 64 characters, never empty. */
    static String normalise(String login) {
        String n = login == null ? "" : login.strip();
        if (n.isEmpty()) {
            return "(empty)";
        }
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
