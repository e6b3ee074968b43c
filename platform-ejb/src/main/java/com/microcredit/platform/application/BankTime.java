package com.microcredit.platform.application;

import com.microcredit.platform.api.BankZone;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the bank's zone ({@code mcrc.bank.zone}, declared once, in this module's
 * microprofile-config.properties) and a system clock in it for every module and page ({@link
 * BankZone}). A zone that is not a valid region id stops the application at start.
 */
@ApplicationScoped
public class BankTime {

    @Inject
    @ConfigProperty(name = "mcrc.bank.zone")
    String configuredZone;

    private ZoneId zone;

    @PostConstruct
    void parse() {
        try {
            zone = ZoneId.of(configuredZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "mcrc.bank.zone is not a time zone id: " + configuredZone, e);
        }
    }

    @Produces
    @BankZone
    ZoneId zone() {
        return zone;
    }

    @Produces
    @BankZone
    Clock clock() {
        return Clock.system(zone);
    }
}
