package com.microcredit.web.shell;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The answer to a postback whose form the session does not hold (a forged, altered or expired
 * {@code jakarta.faces.ViewState}): 400 with a short page in the reader's language saying the form
 * is no longer valid and offering to reload it. Written by {@link RenderFailureHandler}.
 */
final class InvalidFormPage {

    private static final String BUNDLE = "com.microcredit.web.messages";

    private InvalidFormPage() {}

    /**
     * The page in the given language; {@code reload} is the address of the page the form was on (a
     * GET draws it afresh), {@code contextPath} the application's.
     */
    static String html(Locale locale, String contextPath, String reload) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        String lang = "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
        return "<!DOCTYPE html>\n<html lang=\""
                + lang
                + "\">\n<head><meta charset=\"UTF-8\"/><title>"
                + escape(text.getString("error.formInvalid.title"))
                + " – "
                + escape(text.getString("app.name"))
                + "</title>\n<link rel=\"stylesheet\" href=\""
                + escape(contextPath)
                + "/jakarta.faces.resource/css/mcrc.css.xhtml\"/></head>\n"
                + "<body class=\"mcrc-login-body\">\n"
                + "<main class=\"mcrc-login\" id=\"form-invalid\">\n"
                + "<h1>"
                + escape(text.getString("error.formInvalid.title"))
                + "</h1>\n<p>"
                + escape(text.getString("error.formInvalid.text"))
                + "</p>\n<p><a id=\"form-invalid-reload\" href=\""
                + escape(reload)
                + "\">"
                + escape(text.getString("error.formInvalid.reload"))
                + "</a> · <a href=\""
                + escape(contextPath)
                + "/pages/home.xhtml\">"
                + escape(text.getString("error.formInvalid.home"))
                + "</a></p>\n</main>\n</body>\n</html>\n";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
