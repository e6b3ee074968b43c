package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.benchmark.LoanBookGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Post-loan early warning at work: a risk manager runs the nightly run from its page and watches it
 * complete; the overdue loan's signal shows its evidence; the risk manager acknowledges it and
 * records an inspection; the warning queue and collection list, in English and Chinese; the
 * associated persons of a loan in collection, refused without consent and masked with it.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
@RunAsClient
class WarningBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                WarningFixtureServlet.class,
                NightlyFixture.class,
                AssociatesFixture.class,
                OriginationFixture.class,
                LoanBookGenerator.class,
                LoanBookGenerator.GeneratedLoan.class,
                CreditCodes.class);
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
                                                                + "/mcrc-it/fixture"
                                                                + path))
                                        .timeout(Duration.ofSeconds(60))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(
                    "fixture " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    @Test
    void aRiskManagerRunsTheNightlyRunAndWorksTheSignalItRaised() throws Exception {
        String loan = fixture("/book");
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", "/mcrc/pages/warnings/nightly.xhtml");
            s.visible("nightly:start").click();
            s.waitForText(By.id("messages"), "started");
            new WebDriverWait(s.browser, Duration.ofSeconds(180))
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.cssSelector("[id='nightly:runs'] tbody tr:first-child"),
                                    "Completed"));
            s.screenshot("nightly-run-completed");

            String signalId = fixture("/signal?loan=" + loan);
            assertFalse(signalId.isBlank(), "the run raised a DAYS_PAST_DUE signal on " + loan);
            s.open("/mcrc/pages/warnings/signal.xhtml?id=" + signalId);
            assertTrue(s.visible("signal-evidence").getText().contains("days past due"));
            s.visible("ack:acknowledge").click();
            s.waitForText(By.id("signal-owner"), "risk");
            s.visible("act:take").click();
            s.waitForText(By.cssSelector("[id='act'] .ui-message-error"), "Write a note");
            s.browser
                    .findElement(By.id("act:note"))
                    .sendKeys("visit the shop on Monday with the account manager");
            s.browser.findElement(By.id("act:take")).click();
            s.waitForText(By.id("actions:action-list"), "visit the shop");
            s.waitForText(By.id("signal-status"), "In action");
            s.screenshot("warning-signal-in-action");

            s.open("/mcrc/pages/warnings/queue.xhtml");
            s.visible("queue:signals");
            assertTrue(
                    s.browser.findElement(By.id("coll:collection")).getText().contains(loan)
                            || s.browser
                                    .findElement(By.id("coll:collection"))
                                    .getText()
                                    .contains("Days past due"));
            s.screenshot("warning-queue");

            // The collection list: the loan's associated persons, first without the borrower's
            // consent
            // (the list says nothing was asked), then with it (masked, with the guarantor's own
            // standing).
            s.visible("coll:find").sendKeys(loan);
            // The loan may be on the unfiltered list already: wait for the filter's update to
            // replace the table, or the link clicked below may be the one it replaces.
            WebElement unfiltered = s.browser.findElement(By.id("coll:collection"));
            s.browser.findElement(By.id("coll:filter")).click();
            new WebDriverWait(s.browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.stalenessOf(unfiltered));
            s.waitForText(By.id("coll:collection"), loan);
            // The filter's AJAX update may replace the table after the loan was first seen in it.
            s.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(
                            d -> {
                                d.findElement(By.cssSelector(".mcrc-persons-" + loan)).click();
                                return true;
                            });
            s.waitForText(By.id("associates-refused"), "no valid post-loan-monitoring consent");
            assertTrue(
                    s.browser.findElements(By.id("associates-list")).isEmpty(),
                    "no consent: no persons");
            s.scrollTo("associates");
            s.screenshot("collection-persons-no-consent");
            fixture("/associates?loan=" + loan);
            // The filter's AJAX update may replace the table after the loan was first seen in it.
            s.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(
                            d -> {
                                d.findElement(By.cssSelector(".mcrc-persons-" + loan)).click();
                                return true;
                            });
            s.waitForText(By.id("associates-list"), "Legal representative");
            String persons = s.browser.findElement(By.id("associates-list")).getText();
            assertTrue(persons.contains("138****5678"), persons);
            assertFalse(persons.contains("13812345678"), "the phone is masked");
            assertFalse(persons.contains("110101199003071234"), "the identity number is masked");
            // The guarantor is another borrower with an overdue live loan (WarningFixtureServlet):
            // its own standing counts at least that one. How many more depends on the book (arrears
            // core banking reported stay, ADR 0028).
            assertTrue(
                    persons.contains("担保人")
                            && java.util.regex.Pattern.compile(
                                            "\\d+ live loan\\(s\\), [1-9]\\d* overdue")
                                    .matcher(persons)
                                    .find(),
                    persons);
            s.scrollTo("associates");
            s.screenshot("collection-persons");
            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("nav-warnings"), "预警");
            s.screenshot("warning-queue-zh");
        }
    }

    @Test
    void anAccountManagerSeesTheQueueButNotTheNightlyRun() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager", "/mcrc/pages/warnings/queue.xhtml");
            s.visible("queue:signals");
            assertTrue(s.browser.findElements(By.id("nav-nightly")).isEmpty());
            s.open("/mcrc/pages/warnings/nightly.xhtml");
            assertFalse(
                    s.browser.getPageSource().contains("nightly:start"),
                    "the nightly-run page is refused");
        }
    }
}
