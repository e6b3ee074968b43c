package com.microcredit.it;

import static com.microcredit.it.OriginationPages.click;
import static com.microcredit.it.OriginationPages.rowButton;
import static com.microcredit.it.OriginationPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA on the main flows, in English and Chinese: axe-core (pinned, fetched at build time)
 * finds no serious or critical violation on sign-in, borrower search, profile, intake (with its
 * errors showing), every step of the application wizard, the decision page, the warning queue and
 * the dashboard; every page says its language, starts with a skip link and shows a focus ring; and
 * the account manager's field pages (borrower profile, visit recording, warning signal) fit a 768
 * px wide tablet without sideways scrolling of the page.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
@RunAsClient
class AccessibilityBrowserIT {

    private static final String TEA_SHOP = "杭州西湖龙坞茶叶商行";

    private final List<String> violations = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                A11yFixtureServlet.class,
                NightlyFixture.class,
                com.microcredit.benchmark.LoanBookGenerator.class,
                com.microcredit.benchmark.LoanBookGenerator.GeneratedLoan.class);
    }

    @Test
    void theSignInPageSaysItsLanguageAndHasNoSeriousViolations() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            for (String lang : List.of("en", "zh-CN")) {
                s.open("/mcrc/login.xhtml?lang=" + lang);
                s.visible("j_username");
                assertEquals(lang, lang(s), "the sign-in page's language");
                check(s, "sign-in " + lang);
            }
        }
        assertNoViolations();
    }

    @Test
    void branchStaffFlowsFromSearchThroughIntakeAndTheWizardToTheDecision() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("staff", "/mcrc/pages/home.xhtml");
            skipLinkAndFocusRing(s);
            for (String lang : List.of("en", "zh-CN")) {
                s.open("/mcrc/pages/borrowers/search.xhtml?lang=" + lang);
                assertEquals(lang, lang(s));
                type(s, "search:name", "茶叶");
                click(s, "search:go");
                s.waitForText(By.id("search:results"), TEA_SHOP);
                check(s, "borrower search " + lang);

                s.open("/mcrc/pages/intake/enterprise.xhtml?lang=" + lang);
                assertTrue(
                        !s.browser.findElements(By.cssSelector(".ui-outputlabel-rfi")).isEmpty(),
                        "required fields are marked");
                assertEquals(
                        "true",
                        s.visible("enterprise:name").getAttribute("aria-required"),
                        "a required field says so to assistive technology");
                click(s, "enterprise:register");
                String nameLabel = "en".equals(lang) ? "Name" : "名称";
                String summary =
                        s.waitForText(
                                By.id("messages"), nameLabel + ("en".equals(lang) ? ":" : "："));
                assertTrue(
                        summary.contains(
                                "en".equals(lang) ? "Unified social credit code" : "统一社会信用代码"),
                        "every error in the summary names its field: " + summary);
                check(s, "intake with errors " + lang);
            }

            s.open("/mcrc/pages/applications/new.xhtml?lang=en");
            check(s, "wizard step 1");
            type(s, "wizard:nameFilter", "龙坞茶叶商行");
            click(s, "wizard:findBorrower");
            rowButton(s, "龙坞茶叶商行", "choose").click();
            s.waitForText(By.id("chosen-borrower"), TEA_SHOP);
            check(s, "wizard step 2 (products)");
            assertTrue(
                    !s.browser.findElement(By.id("wizard:products")).getText().contains("TAX_LOAN"),
                    "products by name, never by code");
            rowButton(s, "Tax-record loan", "chooseProduct").click();
            s.visible("wizard:amount_input");
            check(s, "wizard step 3 (terms)");
            type(s, "wizard:amount_input", "80000");
            type(s, "wizard:termMonths_input", "12");
            type(s, "wizard:purpose", "采购春茶");
            click(s, "wizard:toReview");
            s.visible("wizard:submit");
            check(s, "wizard step 4 (review)");
            s.visible("wizard:submit").click();
            s.visible("reference");
            check(s, "decision page en");
            String decision = s.browser.getCurrentUrl().replaceAll("[?&]lang=[^&]*", "");
            s.open(
                    decision.substring(decision.indexOf("/mcrc/"))
                            + (decision.contains("?") ? "&" : "?")
                            + "lang=zh-CN");
            s.visible("reference");
            assertEquals("zh-CN", lang(s));
            assertTrue(
                    s.visible("decision-view").getText().contains("税易贷"),
                    "the product's Chinese name");
            check(s, "decision page zh-CN");
        }
        assertNoViolations();
    }

    @Test
    void managerAndRiskManagerPagesAreAccessibleInBothLanguages() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager", "/mcrc/pages/home.xhtml");
            for (String lang : List.of("en", "zh-CN")) {
                openProfile(s, lang);
                check(s, "borrower profile " + lang);
                s.open("/mcrc/pages/warnings/queue.xhtml?lang=" + lang);
                s.visible("queue:signals");
                check(s, "warning queue (account manager) " + lang);
            }
        }
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", "/mcrc/pages/home.xhtml");
            for (String lang : List.of("en", "zh-CN")) {
                s.open("/mcrc/pages/portfolio/dashboard.xhtml?lang=" + lang);
                s.visible("total-outstanding");
                check(s, "dashboard " + lang);
                s.open("/mcrc/pages/warnings/queue.xhtml?lang=" + lang);
                s.visible("queue:signals");
                check(s, "warning queue (risk manager) " + lang);
            }
        }
        assertNoViolations();
    }

    @Test
    void theAccountManagersFieldPagesFitATabletAt768Pixels() throws Exception {
        // DEMO-REL-1: the demo book's loan to the tea shop.
        String signal = fixture("/signal?loan=DEMO-REL-1");
        try (BrowserSession s = new BrowserSession(768, 1024)) {
            s.signIn("manager", "/mcrc/pages/home.xhtml");
            for (String lang : List.of("zh-CN", "en")) {
                String suffix = "zh-CN".equals(lang) ? "zh" : "en";
                openProfile(s, lang);
                fitsTheWidth(s, "borrower profile " + lang);
                s.screenshot("tablet-768-profile-" + suffix);

                s.open("/mcrc/pages/visits/visits.xhtml?lang=" + lang);
                s.visible("visit:notes");
                fitsTheWidth(s, "visit recording " + lang);
                s.screenshot("tablet-768-visit-" + suffix);

                s.open("/mcrc/pages/warnings/signal.xhtml?id=" + signal + "&lang=" + lang);
                s.waitForText(By.id("signal-borrower"), TEA_SHOP);
                fitsTheWidth(s, "warning signal " + lang);
                s.screenshot("tablet-768-signal-" + suffix);
            }
        }
        assertNoViolations();
    }

    private void openProfile(BrowserSession s, String lang) {
        s.open("/mcrc/pages/borrowers/search.xhtml?lang=" + lang);
        type(s, "search:name", "龙坞茶叶商行");
        click(s, "search:go");
        OriginationPages.clickLink(s, TEA_SHOP);
        s.waitForText(By.id("borrower-name"), TEA_SHOP);
    }

    /** No sideways scrolling of the page itself (a wide table scrolls inside its own box). */
    private void fitsTheWidth(BrowserSession s, String page) {
        Number overflow =
                (Number)
                        ((JavascriptExecutor) s.browser)
                                .executeScript(
                                        "return document.documentElement.scrollWidth"
                                                + " - document.documentElement.clientWidth;");
        if (overflow.intValue() > 0) {
            Object widest =
                    ((JavascriptExecutor) s.browser)
                            .executeScript(
                                    "var w = document.documentElement.clientWidth, out ="
                                        + " [];document.querySelectorAll('main *').forEach(function"
                                        + " (e) { var r = e.getBoundingClientRect(); if (r.right >"
                                        + " w + 1 && out.length < 8) out.push(e.tagName + '#' +"
                                        + " e.id + '.' + e.className + ' ' +"
                                        + " Math.round(r.right));}); return out.join('; ');");
            throw new AssertionError(
                    page + " is " + overflow + " px wider than the tablet: " + widest);
        }
        check(s, page + " at 768 px");
    }

    /** The first Tab reaches the skip link, which then shows, with a visible focus ring. */
    private static void skipLinkAndFocusRing(BrowserSession s) {
        s.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = s.browser.switchTo().activeElement();
        assertEquals(
                "skip-link", focused.getAttribute("id"), "the first Tab reaches the skip link");
        assertTrue(focused.getRect().getY() >= 0, "the focused skip link is on screen");
        String outline = focused.getCssValue("outline-style");
        assertTrue(!"none".equals(outline), "a visible focus ring, was " + outline);
        focused.sendKeys(Keys.ENTER);
        assertEquals(
                "main",
                s.browser.switchTo().activeElement().getAttribute("id"),
                "the skip link moves the focus to the main content");
    }

    private static String lang(BrowserSession s) {
        return s.browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private void check(BrowserSession s, String page) {
        violations.addAll(Axe.seriousViolations(s, page));
    }

    private void assertNoViolations() {
        assertTrue(
                violations.isEmpty(),
                violations.size()
                        + " serious or critical WCAG 2.1 AA violations:\n"
                        + String.join("\n", violations));
    }

    private static String fixture(String path) throws Exception {
        HttpResponse<String> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://localhost:"
                                                                + System.getProperty(
                                                                        "mcrc.http.port", "9080")
                                                                + "/mcrc-it/a11y"
                                                                + path))
                                        .timeout(Duration.ofSeconds(60))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("fixture " + path + " answered " + r.statusCode());
        }
        return r.body().strip();
    }
}
