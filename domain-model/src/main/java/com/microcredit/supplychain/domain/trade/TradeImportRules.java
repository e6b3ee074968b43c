package com.microcredit.supplychain.domain.trade;

import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules every row of a hub's trade file must meet. Each row is checked on its own and every
 * broken rule is reported (not only the first), so the hub can fix the file in one round:
 *
 * <ul>
 *   <li>the member is a chain member of this hub (by the bank's customer number);
 *   <li>kind is ORDER, INVOICE or PAYMENT;
 *   <li>the document number is present, at most 64 characters, and neither repeated in the file nor
 *       already recorded for this hub and kind;
 *   <li>the trade date is an ISO date, not after the business date, not before the member's
 *       trading-since date;
 *   <li>the amount is positive, at most 2 decimals and at most the plausibility maximum;
 *   <li>the currency is an accepted one; hubConfirmed is true or false (empty: false).
 * </ul>
 *
 * The file is imported only if no row is rejected (all or nothing), see {@link ImportCheck}.
 */
public final class TradeImportRules {

    private final Map<Long, LocalDate> memberSince;
    private final Predicate<String> alreadyRecorded;
    private final Set<String> acceptedCurrencies;
    private final BigDecimal maxAmount;
    private final LocalDate businessDate;

    /**
     * @param memberSince the hub's chain members (customer number → trading since)
     * @param alreadyRecorded whether "KIND:documentNumber" is already recorded for this hub
     */
    public TradeImportRules(
            Map<Long, LocalDate> memberSince,
            Predicate<String> alreadyRecorded,
            Set<String> acceptedCurrencies,
            BigDecimal maxAmount,
            LocalDate businessDate) {
        this.memberSince = Map.copyOf(memberSince);
        this.alreadyRecorded = alreadyRecorded;
        this.acceptedCurrencies = Set.copyOf(acceptedCurrencies);
        this.maxAmount = maxAmount;
        this.businessDate = businessDate;
    }

    /** The outcome of checking a whole file: the valid rows and the rejected ones. */
    public record ImportCheck(List<ValidTrade> accepted, List<RejectedRow> rejected) {

        /** All or nothing: a file is imported only if every row passed. */
        public boolean importable() {
            return rejected.isEmpty() && !accepted.isEmpty();
        }
    }

    /** Checks every row; a key seen twice in the file rejects the later rows. */
    public ImportCheck check(Iterable<TradeRow> rows) {
        List<ValidTrade> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TradeRow row : rows) {
            List<String> reasons = new ArrayList<>();
            ValidTrade trade = check(row, seen, reasons);
            if (reasons.isEmpty()) {
                accepted.add(trade);
            } else {
                rejected.add(new RejectedRow(row.line(), row.documentNumber(), reasons));
            }
        }
        return new ImportCheck(accepted, rejected);
    }

    private ValidTrade check(TradeRow row, Set<String> seen, List<String> reasons) {
        Long member = member(row.memberId(), reasons);
        TradeKind kind = kind(row.kind(), reasons);
        String document = blankToNull(row.documentNumber());
        if (document == null) {
            reasons.add(required("DOCUMENT_NUMBER"));
        } else if (document.length() > 64) {
            reasons.add(coded("TRADE_DOCUMENT_TOO_LONG", 64));
        } else if (kind != null) {
            String key = kind.name() + ":" + document;
            if (!seen.add(key)) {
                reasons.add(coded("TRADE_DOCUMENT_TWICE", document, kind));
            } else if (alreadyRecorded.test(key)) {
                reasons.add(coded("TRADE_DOCUMENT_RECORDED", document, kind));
            }
        }
        LocalDate date = date(row.tradeDate(), member, reasons);
        BigDecimal amount = amount(row.amount(), reasons);
        String currency = blankToNull(row.currency());
        if (currency == null) {
            reasons.add(required("CURRENCY"));
        } else if (!acceptedCurrencies.contains(currency.toUpperCase(Locale.ROOT))) {
            reasons.add(
                    coded(
                            "TRADE_CURRENCY_NOT_ACCEPTED",
                            currency,
                            acceptedCurrencies.stream().sorted().toList()));
        }
        Boolean confirmed = confirmed(row.hubConfirmed(), reasons);
        if (!reasons.isEmpty()) {
            return null;
        }
        return new ValidTrade(
                member, kind, document, date, amount, currency.toUpperCase(Locale.ROOT), confirmed);
    }

    private Long member(String text, List<String> reasons) {
        String value = blankToNull(text);
        if (value == null) {
            reasons.add(required("MEMBER_ID"));
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (!memberSince.containsKey(id)) {
                reasons.add(coded("TRADE_MEMBER_NOT_IN_CHAIN", value));
                return null;
            }
            return id;
        } catch (NumberFormatException e) {
            reasons.add(coded("TRADE_MEMBER_NOT_A_NUMBER", value));
            return null;
        }
    }

    private static TradeKind kind(String text, List<String> reasons) {
        String value = blankToNull(text);
        if (value == null) {
            reasons.add(required("KIND"));
            return null;
        }
        try {
            return TradeKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reasons.add(coded("TRADE_KIND_UNKNOWN", value));
            return null;
        }
    }

    private LocalDate date(String text, Long member, List<String> reasons) {
        String value = blankToNull(text);
        if (value == null) {
            reasons.add(required("TRADE_DATE"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(businessDate)) {
                reasons.add(coded("TRADE_DATE_IN_FUTURE", value));
            } else if (member != null && date.isBefore(memberSince.get(member))) {
                reasons.add(coded("TRADE_DATE_BEFORE_MEMBERSHIP", value, memberSince.get(member)));
            }
            return date;
        } catch (DateTimeParseException e) {
            reasons.add(coded("TRADE_DATE_NOT_ISO", value));
            return null;
        }
    }

    private BigDecimal amount(String text, List<String> reasons) {
        String value = blankToNull(text);
        if (value == null) {
            reasons.add(required("AMOUNT"));
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() <= 0) {
                reasons.add(coded("TRADE_AMOUNT_NOT_POSITIVE", value));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                reasons.add(coded("TRADE_AMOUNT_DECIMALS", value));
            } else if (amount.compareTo(maxAmount) > 0) {
                reasons.add(coded("TRADE_AMOUNT_ABOVE_MAXIMUM", value, maxAmount));
            } else {
                return amount.setScale(2);
            }
            return null;
        } catch (NumberFormatException e) {
            reasons.add(coded("TRADE_AMOUNT_NOT_A_NUMBER", value));
            return null;
        }
    }

    private static Boolean confirmed(String text, List<String> reasons) {
        String value = blankToNull(text);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        reasons.add(coded("TRADE_CONFIRMED_NOT_BOOLEAN", value));
        return null;
    }

    /** A row reason as the stored form of a coded text (ADR 0027). */
    private static String coded(String code, Object... arguments) {
        return CodedText.of(code, arguments).stored();
    }

    private static String required(String field) {
        return CodedText.of("TRADE_FIELD_REQUIRED", field).stored();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
