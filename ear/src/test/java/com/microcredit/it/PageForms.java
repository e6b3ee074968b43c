package com.microcredit.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clicks a button in a row of a page's data table without a browser: reads the page, finds the row
 * that shows a marker text and the view state, and posts the form as the button would (a plain
 * submit with the form's {@code <form>_SUBMIT} marker, which Faces decodes like the AJAX one, and
 * the page's CSP nonce, as PrimeFaces' script adds it).
 */
final class PageForms {

    private static final Pattern VIEW_STATE =
            Pattern.compile(
                    "<input(?=[^>]*name=\"jakarta\\.faces\\.ViewState\")[^>]*value=\"([^\"]+)\"");

    /** The page's CSP nonce (ADR 0029), posted back as PrimeFaces' own script would. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private PageForms() {}

    /**
     * {@code &primefaces.nonce=…} with the nonce of the page read, which PrimeFaces' script adds to
     * every form it submits: a postback of a view without it is refused (CSP nonce mode).
     */
    private static String nonce(String body) {
        Matcher m = NONCE.matcher(body);
        return m.find() ? "&" + enc("primefaces.nonce") + "=" + enc(m.group(1)) : "";
    }

    /**
     * Signs in as {@code risk}, clicks Approve in the row showing marker and checks the page says
     * the maker-checker refused it (in Chinese or English): the proposal was made by the same
     * person under another spelling.
     */
    static void approvalRefusedToTheMaker(String path, String form, String table, String marker) {
        PageCalls pages = new PageCalls();
        if (pages.signIn("risk").status() != 302) {
            throw new AssertionError("risk did not sign in");
        }
        PageCalls.Page refused = clickInRow(pages, path, form, table, marker, "approve");
        if (refused.status() != 200
                || !(refused.body().contains("经办与审批分离")
                        || refused.body().contains("Refused (maker-checker)"))) {
            throw new AssertionError(
                    path
                            + ": not refused by maker-checker ("
                            + refused.status()
                            + ")\n"
                            + refused.body());
        }
    }

    /** The page after clicking {@code button} in the row of {@code form:table} showing marker. */
    static PageCalls.Page clickInRow(
            PageCalls pages, String path, String form, String table, String marker, String button) {
        PageCalls.Page page = pages.get(path);
        if (page.status() != 200) {
            throw new AssertionError(path + ": " + page.status());
        }
        String body = page.body();
        int at = body.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("no row shows " + marker + " on " + path);
        }
        int ri = body.lastIndexOf("data-ri=\"", at);
        String row = body.substring(ri + 9, body.indexOf('"', ri + 9));
        Matcher state = VIEW_STATE.matcher(body);
        if (!state.find()) {
            throw new AssertionError("no view state on " + path);
        }
        String clicked = form + ":" + table + ":" + row + ":" + button;
        return pages.postForm(
                path,
                enc(form + "_SUBMIT")
                        + "=1&"
                        + enc(clicked)
                        + "="
                        + enc(clicked)
                        + "&"
                        + enc("jakarta.faces.ViewState")
                        + "="
                        + enc(unescape(state.group(1)))
                        + nonce(body));
    }

    /**
     * The page after submitting {@code form} with the fields (input client id, value, ...) by its
     * button, as the browser would post it.
     */
    static PageCalls.Page submit(
            PageCalls pages, String path, String form, String button, String... fields) {
        PageCalls.Page page = pages.get(path);
        if (page.status() != 200) {
            throw new AssertionError(path + ": " + page.status());
        }
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("no view state on " + path);
        }
        StringBuilder body =
                new StringBuilder(enc(form + "_SUBMIT") + "=1&")
                        .append(enc(form + ":" + button) + "=" + enc(form + ":" + button));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        body.append('&')
                .append(enc("jakarta.faces.ViewState"))
                .append('=')
                .append(enc(unescape(state.group(1))))
                .append(nonce(page.body()));
        return pages.postForm(path, body.toString());
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
