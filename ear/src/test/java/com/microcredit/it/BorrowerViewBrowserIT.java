package com.microcredit.it;

import static com.microcredit.it.OriginationPages.choose;
import static com.microcredit.it.OriginationPages.click;
import static com.microcredit.it.OriginationPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The borrower 360 view and the account manager's work, in headless Chromium on the demo book: a
 * household registered (a wrong check digit refused next to the field), its consent recorded, shown
 * with the evidence it covers (the page in Chinese) and revoked, a visit recorded, the
 * joint-liability group with its one active loan, and who may open which page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BorrowerViewBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aHouseholdRegisteredThenItsConsentRecordedIsVisibleOnThe360ViewAndRevoked()
            throws Exception {
        String reference =
                "AUTH-BROWSER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "测试农户" + UUID.randomUUID().toString().substring(0, 6);
        String residentId = CreditCodes.nextResidentId();
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager2", "/mcrc/pages/intake/individual.xhtml");
            type(s, "individual:name", name);
            type(
                    s,
                    "individual:residentIdNumber",
                    residentId.substring(0, 17) + (residentId.endsWith("1") ? "2" : "1"));
            type(s, "individual:regionCode", "330106");
            type(s, "individual:address", "杭州市西湖区文三路100号");
            type(s, "individual:householdSize_input", "3");
            click(s, "individual:register");
            s.waitForText(
                    By.xpath(
                            "//*[@id='individual:residentIdNumber']/following-sibling::*[contains(@class,'ui-message')]"),
                    "check");
            assertEquals(
                    "陈强 (HZ-002)",
                    s.browser.findElement(By.id("individual:accountManagerId_label")).getText(),
                    "an account manager registers into their own book");
            type(s, "individual:residentIdNumber", residentId);
            click(s, "individual:register");
            s.waitForText(By.id("borrower-name"), name);
            assertTrue(
                    s.browser
                            .findElement(By.id("warnings"))
                            .getText()
                            .contains("No settlement account"));
            assertTrue(
                    !s.browser.getPageSource().contains(residentId),
                    "the identity number is masked");
            assertTrue(!s.browser.getPageSource().contains("文三路100号"), "the address is masked");

            click(s, "consent:record");
            s.waitForText(By.id("consent"), "Choose at least one source");
            assertTrue(
                    s.browser
                            .findElement(By.id("consent"))
                            .getText()
                            .contains("Enter the reference"));

            source(s, "Credit report");
            source(s, "Tax");
            type(s, "consent:evidenceReference", reference);
            click(s, "consent:record");
            s.waitForText(By.id("consents-form"), reference);
            String row =
                    s.browser
                            .findElement(By.xpath("//tr[td[contains(., '" + reference + "')]]"))
                            .getText();
            assertTrue(
                    row.contains("Valid")
                            && row.contains("Credit report")
                            && row.contains("manager2"),
                    row);
            assertTrue(
                    s.browser
                            .findElement(
                                    By.xpath(
                                            "//*[@id='evidence']//tr[td[1][normalize-space()='Credit"
                                                + " report']]"))
                            .getText()
                            .contains("Valid"),
                    "the evidence table shows the consent");
            s.scrollTo("consents-form");
            s.screenshot("profile-consent-recorded");

            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("nav-home"), "首页");
            assertTrue(
                    s.browser.getCurrentUrl().contains("id="),
                    "the language switch keeps the borrower");
            assertTrue(
                    s.browser
                            .findElement(By.xpath("//tr[td[contains(., '" + reference + "')]]"))
                            .getText()
                            .contains("有效"));
            s.screenshot("profile-360-zh");

            OriginationPages.rowInput(s, reference, "revokeReason").sendKeys("客户撤回授权");
            OriginationPages.rowButton(s, reference, "revoke").click();
            s.wait.until(
                    d ->
                            d.findElement(By.xpath("//tr[td[contains(., '" + reference + "')]]"))
                                    .getText()
                                    .contains("已撤销"));
        }
    }

    @Test
    void anAccountManagerRecordsAVisitToTheirOwnBorrower() throws Exception {
        String notes = "走访记录 " + UUID.randomUUID().toString().substring(0, 8) + "：货架已满，新茶到货";
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager", "/mcrc/pages/visits/visits.xhtml");
            click(s, "visit:recordVisit");
            s.waitForText(By.id("visit"), "Write what you saw");

            choose(s, "visit:borrowerId", "杭州西湖龙坞茶叶商行");
            choose(s, "visit:assessment", "Strong");
            type(s, "visit:notes", notes);
            click(s, "visit:recordVisit");
            s.waitForText(By.id("visits-form"), notes);
            s.waitForText(By.id("messages"), "recorded");
            s.screenshot("visit-recorded");

            OriginationPages.clickLink(s, "杭州西湖龙坞茶叶商行");
            s.waitForText(By.id("visits-form"), notes);
        }
    }

    @Test
    void theGroupPageShowsWhoHoldsActiveLoansAndEachDeposit() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager", "/mcrc/pages/groups/groups.xhtml");
            s.waitForText(By.id("group-name"), "龙井村茶农联保小组");
            assertTrue(s.browser.findElement(By.id("active-loan")).getText().contains("张建国"));
            assertEquals(
                    5, s.browser.findElements(By.cssSelector("[id='members_data'] tr")).size());
            assertTrue(s.browser.findElement(By.id("members")).getText().contains("3,500.00"));
            s.screenshot("groups");
        }
    }

    @Test
    void eachRoleOpensOnlyItsPages() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("admin", "/mcrc/pages/home.xhtml");
            assertTrue(
                    s.browser.findElements(By.id("nav-groups")).isEmpty(),
                    "admins see no borrower data");
            s.open("/mcrc/pages/borrowers/profile.xhtml?id=1");
            s.waitForText(By.tagName("h1"), "Access denied");
            s.open("/mcrc/pages/groups/groups.xhtml");
            s.waitForText(By.tagName("h1"), "Access denied");
            s.forgetSession();

            s.signIn("auditor", "/mcrc/pages/referrals/queue.xhtml");
            s.visible("queue");
            assertTrue(
                    s.browser.findElements(By.cssSelector("button[id$=':approve']")).isEmpty(),
                    "auditors read only");
            s.open("/mcrc/pages/applications/new.xhtml");
            s.waitForText(By.tagName("h1"), "Access denied");
            s.open("/mcrc/pages/intake/enterprise.xhtml");
            s.waitForText(By.tagName("h1"), "Access denied");
            s.forgetSession();

            s.signIn("staff", "/mcrc/pages/home.xhtml");
            s.open("/mcrc/pages/referrals/queue.xhtml");
            s.waitForText(By.tagName("h1"), "Access denied");
        }
    }

    private static void source(BrowserSession s, String label) {
        s.browser
                .findElement(
                        By.xpath(
                                "//*[@id='consent:sources']//label[normalize-space()='"
                                        + label
                                        + "']"))
                .click();
    }
}
