package com.microcredit.portfolio.domain.warning;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many days the owner of a signal has to act, per level (the more severe, the sooner), and how
 * many days a role that receives an escalated signal gets. Configured in portfolio-ejb ({@code
 * mcrc.warning.response-days.*}, {@code mcrc.warning.escalation-days}).
 */
public final class ResponseTimes {

    private final Map<SignalLevel, Integer> days;
    private final int escalationDays;

    public ResponseTimes(int green, int yellow, int orange, int red, int escalationDays) {
        if (red < 0 || orange < red || yellow < orange || green < yellow || escalationDays < 1) {
            throw new IllegalArgumentException(
                    "Response days must not grow with severity (green >= yellow >= orange >= red"
                            + " >= 0) and escalation needs at least one day; were "
                            + green
                            + ", "
                            + yellow
                            + ", "
                            + orange
                            + ", "
                            + red
                            + ", "
                            + escalationDays);
        }
        this.days = new EnumMap<>(SignalLevel.class);
        days.put(SignalLevel.GREEN, green);
        days.put(SignalLevel.YELLOW, yellow);
        days.put(SignalLevel.ORANGE, orange);
        days.put(SignalLevel.RED, red);
        this.escalationDays = escalationDays;
    }

    /** 30, 7, 3 and 1 days; 2 days after an escalation. */
    public static ResponseTimes defaults() {
        return new ResponseTimes(30, 7, 3, 1, 2);
    }

    /** The due date of a signal of this level raised on a business date. */
    public LocalDate dueOn(SignalLevel level, LocalDate raisedOn) {
        return raisedOn.plusDays(days.get(Objects.requireNonNull(level, "level")));
    }

    /** The due date the supervisor gets when an overdue signal is escalated on a business date. */
    public LocalDate afterEscalation(LocalDate escalatedOn) {
        return escalatedOn.plusDays(escalationDays);
    }
}
