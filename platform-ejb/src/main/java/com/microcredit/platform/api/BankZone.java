package com.microcredit.platform.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The bank's business time zone, from the one setting {@code mcrc.bank.zone} (its default declared
 * once, in platform-ejb's microprofile-config.properties): business dates, schedules and times
 * shown to staff. Inject {@code @BankZone ZoneId} or {@code @BankZone Clock} (the system clock in
 * that zone); the platform produces both.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE})
public @interface BankZone {}
