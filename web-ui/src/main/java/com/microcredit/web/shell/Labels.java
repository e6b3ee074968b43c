package com.microcredit.web.shell;

import com.microcredit.platform.api.BankZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Labels for the codes the services return (paths, rules, reason codes, cost items): the text in
 * the user's language when the bundle has one, else the code itself, so a new code never shows as a
 * missing-key marker; instants as the bank's local date and time; amounts of money.
 */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject @BankZone private ZoneId bankZone;

    /**
     * An instant as date and time to the second in the bank's zone (the one place pages turn an
     * instant into text; never a raw ISO instant).
     */
    public String time(Instant instant) {
        return time(instant, bankZone);
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : SECONDS.format(instant.atZone(zone));
    }

    /** An amount of money in the page's language ({@link AmountText}). */
    public String amount(BigDecimal amount, String currency) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return AmountText.format(amount, currency, locale);
    }

    /**
     * A stored coded text (or several) in the page's language ({@link CodedTexts}, ADR 0027); text
     * stored before codes as it is.
     */
    public String coded(String stored) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return CodedTexts.render(locale, stored);
    }

    /** Names (variables, members) joined as the page's language lists them, never "[a, b]". */
    public String list(Collection<String> names) {
        return names == null ? "" : String.join(Messages.text("coded.listSeparator"), names);
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
