package com.microcredit.web.shell;

import com.microcredit.platform.api.BankZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Labels for the codes the services return (paths, rules, reason codes, cost items): the text in
 * the user's language when the bundle has one, else the code itself, so a new code never shows as a
 * missing-key marker; instants as the bank's local date and time.
 */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject @BankZone private ZoneId bankZone;

    /** An instant as date and time to the minute in the bank's zone. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(bankZone));
    }

    public String of(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        String text = Messages.text(key);
        return text.equals(key) ? code : text;
    }

    public String all(String prefix, Collection<String> codes) {
        return codes == null
                ? ""
                : codes.stream().map(c -> of(prefix, c)).collect(Collectors.joining(", "));
    }
}
