package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Risk managers at work: the portfolio dashboard with its charts, a limit change proposed by one
 * risk manager and approved by another (refused to the proposer), validation next to the fields,
 * and the blind-lending ceiling held to its formula.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theDashboardShowsFiguresChartsAndTheLossTail() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", "/mcrc/pages/portfolio/dashboard.xhtml");
            s.visible("dashboard:ceiling-panel");
            for (String chart :
                    new String[] {
                        "ceiling-chart", "category-chart", "trend-chart", "limits-chart"
                    }) {
                assertEquals(
                        1,
                        s.browser
                                .findElements(
                                        By.cssSelector("[id='dashboard:" + chart + "'] canvas"))
                                .size(),
                        chart + " is drawn");
            }
            assertTrue(s.visible("within-tolerance").getText().contains("tolerance"));
            assertTrue(s.browser.findElement(By.id("programme-status")).getText().length() > 0);

            s.screenshot("portfolio-dashboard");
            s.scrollTo("dashboard:providers-panel");
            assertTrue(
                    s.visible("dashboard:providers-panel")
                            .getText()
                            .contains("Government big-data platform"),
                    "spend per external data provider");
            s.screenshot("portfolio-providers");

            WebElement correlation = s.browser.findElement(By.id("dashboard:correlation_input"));
            correlation.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "0.3");
            s.browser.findElement(By.id("dashboard:simulate")).click();
            s.waitForText(By.id("tail-correlation"), "0.3");
            s.screenshot("portfolio-loss-tail");

            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("nav-dashboard"), "资产组合");
            assertTrue(
                    s.browser
                            .findElement(By.id("dashboard:ceiling-panel"))
                            .getText()
                            .contains("大数法则"));
            s.screenshot("portfolio-dashboard-zh");
            s.scrollTo("dashboard:providers-panel");
            assertTrue(
                    s.browser
                            .findElement(By.id("dashboard:providers-panel"))
                            .getText()
                            .contains("政府大数据平台"));
            s.screenshot("portfolio-providers-zh");
        }
    }

    @Test
    void aLimitChangeNeedsASecondRiskManager() throws Exception {
        String reason = "pilot " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", "/mcrc/pages/portfolio/limits.xhtml");
            s.visible("proposal:propose").click();
            s.waitForText(By.cssSelector("[id='proposal'] .ui-message-error"), "limit's target");
            assertTrue(
                    s.browser.findElement(By.id("proposal")).getText().contains("Give the reason"),
                    "each empty field has its own message");

            choose(s, "proposal:type", "Borrower");
            String key = chooseFirstTarget(s, "\\d+");
            type(s, "proposal:amount_input", "1000000", "1,000,000");
            type(s, "proposal:reason", reason, reason);
            s.ajaxSettled();
            assertTrue(
                    s.browser.findElement(By.id("proposal:key_label")).getText().equals(key),
                    "the target is still chosen when the proposal is sent");
            s.browser.findElement(By.id("proposal:propose")).click();
            s.waitForText(By.id("pending-form"), reason);
            rowButton(s, reason, "approve").click();
            s.waitForText(By.id("messages"), "may not decide it");
            s.screenshot("limit-proposal-refused-to-proposer");
            s.signOut();

            s.signIn("risk2", "/mcrc/pages/portfolio/limits.xhtml");
            rowButton(s, reason, "approve").click();
            s.waitForText(By.id("limits"), key);
            s.waitForText(By.id("history-form"), "risk2");
            assertTrue(
                    s.browser
                            .findElement(By.id("history-form"))
                            .getText()
                            .contains("1,000,000.00"));
            s.scrollTo("pending-form");
            s.screenshot("limit-change-approved");
        }
    }

    @Test
    void theCeilingCannotBeProposedAboveItsFormula() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", "/mcrc/pages/portfolio/limits.xhtml");
            s.visible("proposal:type");
            choose(s, "proposal:type", "Blind-lending ceiling");
            assertEquals("Whole programme", chooseFirstTarget(s, "Whole programme"));
            type(s, "proposal:amount_input", "999999999999", "999,999,999,999");
            type(s, "proposal:reason", "grow the programme", "grow the programme");
            s.ajaxSettled();
            s.browser.findElement(By.id("proposal:propose")).click();
            s.waitForText(By.id("proposal"), "cannot exceed its formula");

            s.open("/mcrc/pages/portfolio/blind-lending.xhtml");
            assertTrue(s.visible("formula").getText().startsWith("C = A × L / (PD × LGD)"));
            s.screenshot("blind-lending");
        }
    }

    /**
     * Types into a field once no AJAX update is under way, and types again until the field holds
     * what was typed (shown as expected, e.g. with grouping): a select's late update or its closing
     * panel must not leave the proposal without its amount or reason.
     */
    private static void type(BrowserSession s, String id, String text, String shown) {
        s.ajaxSettled();
        s.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d -> {
                            WebElement field = d.findElement(By.id(id));
                            String now = field.getAttribute("value");
                            if (now != null && now.startsWith(shown)) {
                                return true;
                            }
                            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
                            return false;
                        });
    }

    /** Opens a select and clicks the option with the label once the panel takes the click. */
    private static void choose(BrowserSession s, String select, String label) {
        s.visible(select).click();
        s.wait.ignoring(ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(
                        d -> {
                            d.findElement(
                                            By.cssSelector(
                                                    "[id='"
                                                            + select
                                                            + "_items'] li[data-label='"
                                                            + label
                                                            + "']"))
                                    .click();
                            return true;
                        });
        s.waitForText(By.id(select + "_label"), label);
        s.ajaxSettled();
    }

    /**
     * Chooses the first target the key select offers for the chosen type, once the type's AJAX
     * update brought targets whose label or key matches the pattern (a borrower is shown by its
     * name, its key is its number), and answers its label.
     */
    private static String chooseFirstTarget(BrowserSession s, String pattern) {
        String label =
                s.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(
                                d -> {
                                    List<WebElement> items =
                                            d.findElements(
                                                    By.cssSelector(
                                                            "[id='proposal:key_input'] option"));
                                    if (items.size() < 2) {
                                        return null;
                                    }
                                    String text = items.get(1).getAttribute("textContent").strip();
                                    String value = items.get(1).getAttribute("value");
                                    return text.matches(pattern)
                                                    || (value != null && value.matches(pattern))
                                            ? text
                                            : null;
                                });
        choose(s, "proposal:key", label);
        return label;
    }

    @Test
    void aRecalibrationProposedByOneRiskManagerIsAppliedBySecond() throws Exception {
        String reason = "recalibration " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", "/mcrc/pages/portfolio/blind-lending.xhtml");
            WebElement pd = s.visible("calibration:assumedDefaultRate_input");
            pd.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "0.35");
            WebElement assets = s.browser.findElement(By.id("calibration:totalAssets_input"));
            assets.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "10000000000");
            s.browser.findElement(By.id("calibration:reason")).sendKeys(reason);
            s.browser.findElement(By.id("calibration:propose")).click();
            s.waitForText(By.id("pending-form"), reason);
            s.signOut();

            s.signIn("risk2", "/mcrc/pages/portfolio/blind-lending.xhtml");
            rowButton(s, reason, "approve").click();
            s.waitForText(By.id("ceiling-limit"), "285,714,285.71");
            assertEquals("risk2", s.browser.findElement(By.id("calibrated-by")).getText());
            s.screenshot("blind-lending-recalibrated");
        }
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
