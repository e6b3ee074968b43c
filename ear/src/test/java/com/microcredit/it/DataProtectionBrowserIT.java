package com.microcredit.it;

import static com.microcredit.it.OriginationPages.click;
import static com.microcredit.it.OriginationPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Data protection in headless Chromium: script and SQL probes typed into the intake and search
 * forms are shown as text, never run; a credit officer unmasks a borrower's identity number with a
 * reason; an account manager opening another manager's borrower raises an alert that a risk manager
 * acknowledges; the auditor finds all of it on the audit trail; repeated wrong passwords lock a
 * login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataProtectionBrowserIT {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(2)>";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void probesAreEscapedUnmaskingIsAuditedAndAnOutsideBookLookUpRaisesAnAlert() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Probe " + tag + " " + SCRIPT + IMAGE + "' OR '1'='1";
        String residentId = CreditCodes.nextResidentId();
        String mobile =
                "135"
                        + String.format(
                                "%08d",
                                Math.floorMod(
                                        UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
        String profileUrl;
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager2", "/mcrc/pages/intake/individual.xhtml");
            type(s, "individual:name", name);
            type(s, "individual:residentIdNumber", "' OR 1=1 --" + residentId.substring(0, 6));
            type(s, "individual:regionCode", "330106");
            type(s, "individual:address", "杭州市西湖区文三路 9 号 " + SCRIPT);
            type(s, "individual:householdSize_input", "2");
            type(s, "individual:mobile", "12345678901");
            click(s, "individual:register");
            s.waitForText(
                    By.xpath(
                            "//*[@id='individual:mobile']/following-sibling::*[contains(@class,'ui-message')]"),
                    "mainland mobile");
            noScriptRan(s);
            type(s, "individual:mobile", mobile);
            click(s, "individual:register");
            s.waitForText(
                    By.xpath(
                            "//*[@id='individual:residentIdNumber']/following-sibling::*[contains(@class,'ui-message')]"),
                    "17 digits");
            noScriptRan(s);
            type(s, "individual:residentIdNumber", residentId);
            click(s, "individual:register");
            s.waitForText(By.id("borrower-name"), "Probe " + tag);
            noScriptRan(s);
            assertEquals(
                    name,
                    s.browser.findElement(By.id("borrower-name")).getText(),
                    "the name is shown as typed, as text");
            assertFalse(s.browser.getPageSource().contains(SCRIPT), "markup is escaped");
            assertFalse(
                    s.browser.getPageSource().contains(residentId),
                    "the identity number is masked");
            assertFalse(s.browser.getPageSource().contains(mobile), "the mobile number is masked");
            assertEquals(
                    mobile.substring(0, 3) + "****" + mobile.substring(7),
                    s.browser.findElement(By.id("masked-mobile")).getText());
            profileUrl = s.browser.getCurrentUrl().replace(BrowserSession.BASE, "");
            s.screenshot("protection-probe-escaped");

            s.open("/mcrc/pages/borrowers/search.xhtml");
            type(s, "search:name", "' OR '1'='1' --");
            click(s, "search:go");
            s.waitForText(By.id("search:results"), "Nothing found");
            noScriptRan(s);
            type(s, "search:name", tag);
            click(s, "search:go");
            s.waitForText(By.id("search:results"), "Probe " + tag);
            noScriptRan(s);
        }

        try (BrowserSession s = new BrowserSession()) {
            s.signIn("officer", profileUrl);
            assertTrue(s.browser.findElement(By.id("masked-identity")).getText().contains("*"));
            click(s, "unmask:show");
            s.waitForText(By.id("unmask"), "State why");
            type(s, "unmask:reason", "Identity check against the card " + tag);
            click(s, "unmask:show");
            s.waitForText(By.id("unmasked-identity"), residentId);
            assertEquals(mobile, s.browser.findElement(By.id("unmasked-mobile")).getText());
            s.screenshot("protection-unmasked-by-officer");
        }

        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager", profileUrl);
            s.visible("borrower-name");
            assertFalse(
                    s.browser.getPageSource().contains("unmask:show"),
                    "an account manager cannot unmask");
        }

        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", "/mcrc/pages/risk/security-alerts.xhtml");
            String borrowerId = profileUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
            String row =
                    "//tr[td[normalize-space()='manager'] and .//a[normalize-space()='"
                            + borrowerId
                            + "']]";
            s.wait.until(d -> !d.findElements(By.xpath(row)).isEmpty());
            s.browser
                    .findElement(By.xpath(row + "//input[contains(@id,':note')]"))
                    .sendKeys("Covering for manager2 " + tag);
            s.browser.findElement(By.xpath(row + "//button[contains(@id,':acknowledge')]")).click();
            s.waitForText(By.id("messages"), "acknowledged");
            s.screenshot("protection-alert-acknowledged");

            s.open("/mcrc/pages/audit/trail.xhtml");
            assertTrue(
                    s.browser.getTitle().contains("Access")
                            || s.browser.getPageSource().contains("403")
                            || !s.browser.getPageSource().contains("filters:apply"),
                    "risk managers do not read the audit trail");
        }

        try (BrowserSession s = new BrowserSession()) {
            s.signIn("auditor", "/mcrc/pages/audit/trail.xhtml");
            String borrowerId = profileUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
            type(s, "filters:subjectId", borrowerId);
            click(s, "filters:apply");
            // The unfiltered trail may already show an unmasking: wait for this test's own entry.
            String table =
                    s.waitForText(
                            By.id("filters:entries"), "Identity check against the card " + tag);
            assertTrue(table.contains("officer") && table.contains("Unmasked identity"), table);
            assertTrue(
                    table.contains("Borrower viewed")
                            && table.contains("manager2")
                            && table.contains("manager "),
                    table);
            assertFalse(table.contains(residentId), "the trail never holds the number itself");
            s.screenshot("protection-audit-trail");
            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("nav-home"), "首页");
            s.screenshot("protection-audit-trail-zh");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheLogin() throws Exception {
        String login = "locked-" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserSession s = new BrowserSession()) {
            for (int i = 0; i < 5; i++) {
                s.open("/mcrc/login.xhtml");
                s.visible("j_username").sendKeys(login);
                s.browser.findElement(By.id("j_password")).sendKeys("Wrong-Password-" + i);
                s.browser.findElement(By.id("login-submit")).click();
                s.visible("login-error");
            }
            s.visible("j_username").sendKeys(login);
            s.browser.findElement(By.id("j_password")).sendKeys("Wrong-Password-9");
            s.browser.findElement(By.id("login-submit")).click();
            s.waitForText(By.id("login-locked"), "locked");
            s.screenshot("protection-login-locked");
        }
    }

    private static void noScriptRan(BrowserSession s) {
        assertThrows(
                NoAlertPresentException.class,
                () -> s.browser.switchTo().alert(),
                "a probe ran as script");
    }
}
