package com.microcredit.it;

import static com.microcredit.it.OriginationPages.click;
import static com.microcredit.it.OriginationPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The pages' Content-Security-Policy (issue 20, ADR 0029): scripts only from this server or with
 * the response's nonce, no inline handler, no eval, no style element (style attributes are allowed:
 * PrimeFaces writes them). Every page each role's navigation offers runs under it with nothing
 * refused – the browser's console errors are read after each page and each interaction (the
 * language switch, an AJAX search, a form posted with errors) – and the browser does refuse an
 * inline handler and a style element put into a page. The header itself: CspHeaderIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CspBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyPageOfEveryRolesNavigationRunsWithNothingRefused() {
        List<String> refused = new ArrayList<>();
        for (String user : List.of("staff", "manager", "officer", "risk", "auditor", "admin")) {
            try (BrowserSession s = new BrowserSession()) {
                s.signIn(user, "/mcrc/pages/home.xhtml");
                note(s, refused, user + " home");
                switchLanguage(s, "lang-zh", "zh-CN");
                switchLanguage(s, "lang-en", "en");
                note(s, refused, user + " language switch");
                Map<String, String> pages = new LinkedHashMap<>();
                for (WebElement link : s.browser.findElements(By.cssSelector("#nav a"))) {
                    String href = link.getAttribute("href");
                    if (href.contains("/mcrc/pages/")) {
                        pages.put(link.getAttribute("id"), href.substring(href.indexOf("/mcrc/")));
                    }
                }
                assertFalse(pages.isEmpty(), user + " has a navigation");
                for (String path : pages.values()) {
                    s.open(path);
                    settled(s);
                    note(s, refused, user + " " + path);
                }
                if (pages.containsKey("nav-borrowers")) {
                    s.open("/mcrc/pages/borrowers/search.xhtml");
                    type(s, "search:name", "茶");
                    click(s, "search:go");
                    settled(s);
                    s.visible("search:results");
                    note(s, refused, user + " AJAX borrower search");
                }
                if (pages.containsKey("nav-intake")) {
                    s.open("/mcrc/pages/intake/enterprise.xhtml");
                    click(s, "enterprise:register");
                    s.waitForText(By.id("messages"), ":");
                    assertFalse(
                            s.browser.findElements(By.cssSelector(".ui-message-error")).isEmpty(),
                            "the fields say what is wrong");
                    note(s, refused, user + " intake posted with errors");
                }
            }
        }
        assertEquals(List.of(), refused);
    }

    /**
     * The policy is enforced, not only stated: an inline handler and a style element put into a
     * signed-in page are refused, and the refusals show up where the tour above looks for them.
     */
    @Test
    void anInlineHandlerAndAStyleElementPutIntoAPageAreRefusedAndNoticed() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("staff", "/mcrc/pages/home.xhtml");
            ((JavascriptExecutor) s.browser)
                    .executeScript(
                            "var d = document.createElement('div');"
                                    + " d.innerHTML = '<button id=\"injected\""
                                    + " onclick=\"document.title=1\">x</button>"
                                    + "<style>body { color: red; }</style>';"
                                    + " document.body.appendChild(d);"
                                    + " document.getElementById('injected').click();");
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 12; i++) { // 3 seconds, all of them read: close() finds none left
                seen.addAll(s.contentSecurityPolicyViolations());
                Thread.sleep(250);
            }
            assertTrue(
                    seen.stream().anyMatch(m -> m.contains("inline event handler")),
                    "the inline handler was refused: " + seen);
            assertTrue(
                    seen.stream().anyMatch(m -> m.contains("inline style")),
                    "the style element was refused: " + seen);
            assertNotEquals(
                    "1", ((JavascriptExecutor) s.browser).executeScript("return document.title;"));
        }
    }

    private static void switchLanguage(BrowserSession s, String link, String lang) {
        click(s, "shell:" + link);
        s.wait.until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        settled(s);
    }

    private static void settled(BrowserSession s) {
        s.wait.until(
                d ->
                        "complete"
                                .equals(
                                        ((JavascriptExecutor) d)
                                                .executeScript("return document.readyState")));
        s.ajaxSettled();
    }

    private static void note(BrowserSession s, List<String> refused, String where) {
        s.contentSecurityPolicyViolations().forEach(m -> refused.add(where + ": " + m));
    }
}
