package com.microcredit.protection.application;

import com.microcredit.protection.domain.access.LockoutPolicy;
import com.microcredit.protection.domain.access.PasswordPolicy;
import com.microcredit.protection.domain.monitoring.QueryMonitoringRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable thresholds of monitoring, lockout and password policy (defaults in
 * microprofile-config.properties).
 */
@ApplicationScoped
public class ProtectionSettings {

    @Inject
    @ConfigProperty(name = "mcrc.protect.query.max-borrowers")
    int maxBorrowers;

    @Inject
    @ConfigProperty(name = "mcrc.protect.query.window-minutes")
    int queryWindowMinutes;

    @Inject
    @ConfigProperty(name = "mcrc.protect.lockout.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "mcrc.protect.lockout.window-minutes")
    int lockoutWindowMinutes;

    @Inject
    @ConfigProperty(name = "mcrc.protect.lockout.lock-minutes")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "mcrc.protect.password.min-length")
    int passwordMinLength;

    public QueryMonitoringRules monitoring() {
        return new QueryMonitoringRules(maxBorrowers, Duration.ofMinutes(queryWindowMinutes));
    }

    public LockoutPolicy lockout() {
        return new LockoutPolicy(
                maxFailures,
                Duration.ofMinutes(lockoutWindowMinutes),
                Duration.ofMinutes(lockMinutes));
    }

    public PasswordPolicy passwords() {
        return new PasswordPolicy(passwordMinLength);
    }
}
