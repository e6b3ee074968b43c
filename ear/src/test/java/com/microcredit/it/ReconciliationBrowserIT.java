package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A risk manager investigates reconciliation breaks: finds the account's breaks (account numbers
 * masked), cannot resolve without a note, resolves the balance difference with one; the page in
 * Chinese; a branch clerk is refused.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
@RunAsClient
class ReconciliationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                ReconciliationFixture.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @Test
    void aRiskManagerResolvesABreakWithANote() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            // The test module's fixture answers the account whose end-of-day report broke.
            // The test module lives on plain HTTP's virtual host only (Deployments).
            s.browser.get(
                    "http://localhost:"
                            + System.getProperty("mcrc.http.port", "9080")
                            + "/mcrc-it/fixture/reconciliation-break");
            String account = s.browser.findElement(By.tagName("body")).getText().trim();
            assertTrue(account.matches("[0-9]{16}"), "fixture answered an account: " + account);
            String masked =
                    account.substring(0, 4)
                            + "*".repeat(account.length() - 8)
                            + account.substring(account.length() - 4);
            s.signIn("risk", "/mcrc/pages/admin/reconciliation.xhtml");
            s.visible("filter-form:account").sendKeys(account);
            org.openqa.selenium.WebElement before =
                    s.browser.findElement(By.id("breaks-form:breaks"));
            s.browser.findElement(By.id("filter-form:apply-filter")).click();
            // The filter's answer replaces the table: wait for the old one to go, then for the new
            // one.
            s.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
            s.waitForText(By.id("breaks-form"), "Missing in our ledger");
            String table = s.browser.findElement(By.id("breaks-form")).getText();
            assertTrue(table.contains("Balance difference"), table);
            assertTrue(table.contains(masked), "accounts are masked");
            assertFalse(table.contains(account), "the full account number is not shown");
            s.screenshot("reconciliation-breaks");

            s.browser.findElement(By.id("breaks-form:breaks:0:resolve")).click();
            s.waitForText(By.id("messages"), "A resolution note is required");
            s.visible("breaks-form:breaks:0:note")
                    .sendKeys(
                            "Fee booked by core banking without a message; confirmed with"
                                    + " operations");
            org.openqa.selenium.WebElement shown =
                    s.browser.findElement(By.id("breaks-form:breaks"));
            s.browser.findElement(By.id("breaks-form:breaks:0:resolve")).click();
            s.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(shown));
            s.waitForText(By.id("messages"), "resolved");
            s.waitForText(By.id("breaks-form"), "Missing in our ledger");
            assertFalse(
                    s.browser
                            .findElement(By.id("breaks-form"))
                            .getText()
                            .contains("Balance difference"),
                    "the resolved break leaves the list of open breaks");
            s.screenshot("reconciliation-break-resolved");

            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("nav-reconciliation"), "对账");
            assertTrue(s.browser.findElement(By.tagName("main")).getText().contains("未处理差异"));
            s.screenshot("reconciliation-zh");
            s.signOut();

            s.signIn("staff", "/mcrc/pages/borrowers/search.xhtml");
            assertTrue(
                    s.browser.findElements(By.id("nav-reconciliation")).isEmpty(),
                    "no menu entry for branch staff");
            s.open("/mcrc/pages/admin/reconciliation.xhtml");
            s.waitForText(By.tagName("h1"), "Access denied");
        }
    }
}
