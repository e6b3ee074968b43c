package com.microcredit.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way pages show an amount of money: {@code converter="mcrc.amount"} on an output, or
 * {@code #{labels.amount(value, currency)}} inside a text. Two decimals, thousands grouped, rounded
 * half up; yuan as a Chinese reader expects them, by the page's language: {@code 1,234.56 元} in
 * Chinese, {@code ¥1,234.56} in English. Another currency keeps its ISO code ({@code 1,234.56
 * USD}). Output only.
 */
@FacesConverter("mcrc.amount")
public class AmountText implements Converter<Object> {

    static final String YUAN = "CNY";

    /** The amount in the given language; an empty text for null. */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat digits =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        digits.setRoundingMode(RoundingMode.HALF_UP);
        String number = digits.format(amount.abs());
        String sign = amount.signum() < 0 ? "-" : "";
        String code = currency == null || currency.isBlank() ? YUAN : currency.strip();
        if (!YUAN.equalsIgnoreCase(code)) {
            return sign + number + " " + code.toUpperCase(Locale.ROOT);
        }
        return locale != null && "zh".equals(locale.getLanguage())
                ? sign + number + " 元"
                : sign + "¥" + number;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        BigDecimal amount =
                value instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(value).strip());
        Object currency = component == null ? null : component.getAttributes().get("currency");
        return format(
                amount,
                currency == null ? null : String.valueOf(currency),
                context.getViewRoot().getLocale());
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("amounts are shown with this converter, not read");
    }
}
