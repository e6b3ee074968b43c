package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 26: signed in as every role with the Chinese interface, every page the navigation offers
 * and every page one link away from it (a borrower's profile, an application, a chain) is drawn
 * whole – no error page – and holds no Latin word outside {@link LatinWords}' allow-list, in its
 * visible text (innerText) nor in the title, placeholder, aria-label and alt attributes a reader or
 * a screen reader meets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LatinWordTourBrowserIT {

    /** The visible text, the page's title and the attributes people read, as one string. */
    private static final String READ_TEXT =
            "var t = [document.title, document.body.innerText];"
                + " document.querySelectorAll('[title],[placeholder],[aria-label],[alt]').forEach(function"
                + " (e) { ['title','placeholder','aria-label','alt'].forEach(function (a) { if"
                + " (e.hasAttribute(a)) t.push(e.getAttribute(a)); }); }); return t.join('\\n"
                + "');";

    /**
     * TODO(issue 26 inbound reasons): the reasons of refused inbound messages are still English
     * until they move to coded texts (a change of the inbound intake of its own); until then the
     * reason column (the fourth) of the inbound messages page is not read.
     */
    /**
     * PrimeFaces gives an icon-only button (the date picker's) the text "ui-button", moved out of
     * sight by CSS; innerText still holds it. Not read.
     */
    private static final String SKIP_ICON_BUTTON_TEXT =
            "document.querySelectorAll('.ui-button-icon-only .ui-button-text')"
                    + ".forEach(function (c) { c.textContent = ''; });";

    private static final String SKIP_INBOUND_REASONS =
            "if (location.pathname.indexOf('/admin/inbound-messages') >= 0)"
                    + " document.querySelectorAll('tbody td:nth-child(4)')"
                    + ".forEach(function (c) { c.textContent = ''; });";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void noRoleMeetsALatinWordOrAnErrorPageInChinese() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of("staff", "manager", "officer", "risk", "auditor", "admin")) {
            try (BrowserSession s = new BrowserSession()) {
                s.signIn(user, "/mcrc/pages/home.xhtml?lang=zh-CN");
                Map<String, String> pages = new LinkedHashMap<>();
                s.navigationPages().values().forEach(p -> pages.put(withoutQuery(p), p));
                List<String> offered = List.copyOf(pages.values());
                for (String page : offered) {
                    read(s, user, page, wrong);
                    for (WebElement link :
                            s.browser.findElements(
                                    By.cssSelector("main a[href*='/mcrc/pages/']"))) {
                        String href = link.getAttribute("href");
                        String path = href.substring(href.indexOf("/mcrc/"));
                        pages.putIfAbsent(withoutQuery(path), path);
                    }
                }
                for (String page : pages.values()) {
                    if (!offered.contains(page)) {
                        read(s, user, page, wrong);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /** Opens the page in Chinese and notes what a Chinese reader should not meet there. */
    private static void read(BrowserSession s, String user, String page, List<String> wrong) {
        String path = page + (page.contains("?") ? "&" : "?") + "lang=zh-CN";
        s.open(path);
        s.loaded();
        String where = user + " " + page + ": ";
        String url = s.browser.getCurrentUrl();
        if (url.contains("/error/")
                || s.browser.findElements(By.cssSelector("footer.mcrc-footer")).isEmpty()) {
            wrong.add(where + "error page or not drawn whole (" + url + ")");
            return;
        }
        ((JavascriptExecutor) s.browser).executeScript(SKIP_INBOUND_REASONS);
        ((JavascriptExecutor) s.browser).executeScript(SKIP_ICON_BUTTON_TEXT);
        String text = (String) ((JavascriptExecutor) s.browser).executeScript(READ_TEXT);
        Map<String, String> words = LatinWords.withContext(text);
        words.forEach((word, around) -> wrong.add(where + word + " in «" + around + "»"));
    }

    private static String withoutQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
