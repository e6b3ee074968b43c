package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A risk manager trains a scorecard from an uploaded data set, reads its report and proposes it as
 * challenger; the proposer cannot approve it, a second risk manager does; population stability is
 * shown with the alert. The German credit benchmark card trains too but cannot be put to work: its
 * variables are not data-gateway facts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardBrowserIT {

    private static final String PAGE = "/mcrc/pages/risk/scorecards.xhtml";
    private static final Path SYNTHETIC =
            Path.of("../docs/data/big-data-history-synthetic.csv").toAbsolutePath().normalize();
    private static final Path GERMAN =
            Path.of("../../shared/data/german-credit/credit-g.arff").toAbsolutePath().normalize();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aScorecardIsTrainedFromAFileAndActivatedBySecondRiskManager() throws Exception {
        String name = "bigdata-" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", PAGE);
            s.visible("upload:read").click();
            s.waitForText(By.id("upload"), "Choose a CSV or ARFF file");

            s.browser.findElement(By.id("upload:file")).sendKeys(SYNTHETIC.toString());
            s.browser.findElement(By.id("upload:read")).click();
            s.waitForText(By.id("preview-summary"), "3000");
            WebElement nameField = s.browser.findElement(By.id("training:name"));
            nameField.clear();
            nameField.sendKeys(name);
            assertEquals(
                    "OUTCOME",
                    new Select(s.browser.findElement(By.id("training:target")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            s.browser.findElement(By.id("training:train")).click();
            s.waitForText(By.cssSelector("[id='training'] .ui-message-error"), "marks a bad loan");

            new Select(s.browser.findElement(By.id("training:badValue"))).selectByValue("BAD");
            s.browser.findElement(By.id("training:train")).click();
            s.waitForText(By.id("report-label"), name + " v1");
            assertTrue(
                    Double.parseDouble(s.browser.findElement(By.id("report-auc")).getText()) > 0.7);
            assertTrue(s.browser.findElement(By.id("report-cv")).getText().contains("±"));
            assertTrue(
                    s.browser
                            .findElement(By.id("report-mapping"))
                            .getText()
                            .contains("can score applicants"));
            assertTrue(
                    s.browser
                            .findElement(By.id("variables"))
                            .getText()
                            .contains("Currently past due in the credit report"),
                    "a gateway fact is shown by its label (CREDIT_PAST_DUE_NOW)");
            s.scrollTo("report");
            s.screenshot("scorecard-report");

            s.browser
                    .findElement(By.id("activation:reason"))
                    .sendKeys("Challenge the expert card on live applications");
            s.browser.findElement(By.id("activation:propose")).click();
            s.waitForText(By.id("activations-form"), name + " v1");
            rowButton(s, name, "approve").click();
            s.waitForText(By.id("messages"), "may not decide it");
            s.signOut();

            s.signIn("risk2", PAGE);
            rowButton(s, name, "approve").click();
            s.waitForText(By.id("messages"), "is now at work");
            s.waitForText(By.id("list-form"), "Challenger");
            assertTrue(
                    s.browser.findElement(By.id("activations-form")).getText().contains("risk2"));
            s.visible("psi-alert");
            s.scrollTo("activations-form");
            s.screenshot("scorecard-challenger-approved");

            s.browser.findElement(By.id("monitoring:sample")).sendKeys(shortHistories().toString());
            s.browser.findElement(By.id("monitoring:measure")).click();
            s.waitForText(By.id("psi-alert"), "Alert");
            assertTrue(
                    s.browser
                            .findElement(By.id("psi-population"))
                            .getText()
                            .contains("recent-short-histories"));
            s.scrollTo("monitoring-section");
            s.screenshot("scorecard-psi-alert");

            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("nav-scorecards"), "评分卡");
            s.scrollTo("report");
            s.screenshot("scorecard-report-zh");
        }
    }

    @Test
    void theGermanCreditBenchmarkCardTrainsButCannotScoreApplicants() throws Exception {
        Assumptions.assumeTrue(
                Files.isRegularFile(GERMAN),
                "the shared German credit data set is beside the checkout");
        String name = "german-" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", PAGE);
            s.visible("upload:file").sendKeys(GERMAN.toString());
            s.browser.findElement(By.id("upload:read")).click();
            s.waitForText(By.id("preview-summary"), "1000");
            WebElement nameField = s.browser.findElement(By.id("training:name"));
            nameField.clear();
            nameField.sendKeys(name);
            new Select(s.browser.findElement(By.id("training:badValue"))).selectByValue("bad");
            s.browser.findElement(By.id("training:train")).click();
            s.waitForText(By.id("report-label"), name + " v1");
            assertTrue(
                    s.browser
                            .findElement(By.id("report-mapping"))
                            .getText()
                            .contains("checking_status"));
            s.browser.findElement(By.id("activation:reason")).sendKeys("try");
            s.browser.findElement(By.id("activation:propose")).click();
            s.waitForText(
                    By.cssSelector("[id='activation'] .ui-message-error"),
                    "cannot score applicants");
            s.screenshot("scorecard-german-credit-refused");
            s.scrollTo("report");
            s.screenshot("scorecard-german-credit");
        }
    }

    /**
     * A "recent" population that moved: only the applicants with under six months of tax history.
     */
    private static Path shortHistories() throws Exception {
        java.util.List<String> lines = Files.readAllLines(SYNTHETIC);
        java.util.List<String> recent = new java.util.ArrayList<>(java.util.List.of(lines.get(0)));
        lines.stream()
                .skip(1)
                .filter(l -> Integer.parseInt(l.substring(0, l.indexOf(','))) < 6)
                .forEach(recent::add);
        Path file = Files.createTempDirectory("psi").resolve("recent-short-histories.csv");
        Files.write(file, recent);
        return file;
    }

    private static WebElement rowButton(BrowserSession s, String key, String action) {
        return s.wait.until(
                d ->
                        d.findElement(
                                By.xpath(
                                        "//tr[td[contains(normalize-space(.), '"
                                                + key
                                                + "')]]"
                                                + "//button[contains(@id, ':"
                                                + action
                                                + "')]")));
    }
}
