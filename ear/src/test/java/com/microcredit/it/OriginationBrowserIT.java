package com.microcredit.it;

import static com.microcredit.it.OriginationPages.applyThroughTheWizard;
import static com.microcredit.it.OriginationPages.choose;
import static com.microcredit.it.OriginationPages.click;
import static com.microcredit.it.OriginationPages.rowButton;
import static com.microcredit.it.OriginationPages.rowInput;
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
 * Loan origination at the branch, in headless Chromium on the demo book: an enterprise registered
 * (a wrong check character refused next to the field), the wizard to an approved decision and its
 * accepted offer with the fixed schedule, a referral (above the product's automatic authority)
 * approved by a credit officer, and the officer who prepared a case refused by maker-checker.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OriginationBrowserIT {

    private static final String TEA_SHOP = "龙坞茶叶商行";
    private static final String TAX_LOAN = "Tax-record loan";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anEnterpriseWithAWrongCheckCharacterIsRefusedNextToTheFieldThenRegistered()
            throws Exception {
        String code = CreditCodes.next();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        String name = "西湖测试茶庄" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("staff", "/mcrc/pages/intake/enterprise.xhtml");
            type(s, "enterprise:name", name);
            type(s, "enterprise:creditCode", wrong);
            type(s, "enterprise:industryCode", "F52");
            type(s, "enterprise:regionCode", "330106");
            type(s, "enterprise:owners", "林峰");
            type(s, "enterprise:declaredAnnualRevenue_input", "1800000");
            // Typed key by key like a person, then Tab: the focus leaves the field (no update per
            // key pulls it into the calendar), the calendar stays closed and the date is kept.
            type(s, "enterprise:establishedOn_input", "2016-04-01");
            s.browser
                    .findElement(By.id("enterprise:establishedOn_input"))
                    .sendKeys(org.openqa.selenium.Keys.TAB);
            s.waitForText(By.id("enterprise:years"), "10");
            assertTrue(
                    !"enterprise:establishedOn_input"
                            .equals(s.browser.switchTo().activeElement().getAttribute("id")),
                    "Tab leaves the date field");
            assertTrue(
                    s.browser.findElements(By.cssSelector(".ui-datepicker-panel")).stream()
                            .noneMatch(org.openqa.selenium.WebElement::isDisplayed),
                    "no calendar left open over the next field");
            assertEquals(
                    "2016-04-01",
                    s.browser
                            .findElement(By.id("enterprise:establishedOn_input"))
                            .getAttribute("value"));
            choose(s, "enterprise:accountManagerId", "王丽 (HZ-001)");
            type(s, "enterprise:latitude_input", "30.26");
            type(s, "enterprise:longitude_input", "120.15");
            type(s, "enterprise:settlementAccount", "6222020099990001");
            click(s, "enterprise:register");

            s.waitForText(
                    By.xpath(
                            "//*[@id='enterprise:creditCode']/following-sibling::*[contains(@class,'ui-message')]"),
                    "check character does not match");
            assertTrue(
                    s.browser.getCurrentUrl().contains("/intake/enterprise.xhtml"),
                    "stays on the form");
            s.screenshot("intake-enterprise-wrong-check-character");

            type(s, "enterprise:creditCode", code);
            click(s, "enterprise:register");
            s.waitForText(By.id("borrower-name"), name);
            String masked = s.browser.findElement(By.id("masked-identity")).getText();
            assertTrue(
                    masked.contains("*") && !masked.equals(code),
                    "the credit code is masked: " + masked);
            assertTrue(s.browser.findElement(By.id("masked-account")).getText().endsWith("0001"));
            assertTrue(
                    !s.browser.getPageSource().contains("6222020099990001"),
                    "no unmasked account number on the page");
            s.screenshot("intake-enterprise-registered-profile");
        }
    }

    @Test
    void theWizardApprovesTheTeaShopAndTheAcceptedOfferFixesTheSchedule() throws Exception {
        String reference;
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("staff", "/mcrc/pages/home.xhtml");
            reference = applyThroughTheWizard(s, TEA_SHOP, TAX_LOAN, "100000", "12", "采购春茶");
            assertEquals("APPROVED", statusOf(s), reference);
            assertEquals(
                    "Information sufficient",
                    s.browser.findElement(By.id("deciding-rule")).getText());
            assertEquals(
                    5,
                    s.browser.findElements(By.cssSelector("[id='paths_data'] tr")).size(),
                    "all five paths shown");
            assertTrue(
                    s.browser
                            .findElement(By.id("paths-used"))
                            .getText()
                            .contains("Relationship lending"));
            assertTrue(s.browser.findElement(By.id("costs")).getText().contains("Data fees"));
            assertTrue(
                    s.browser
                            .findElement(By.id("schedule-title"))
                            .getText()
                            .startsWith("Indicative"));
            s.screenshot("decision-approved");
            s.scrollTo("sources");
            assertTrue(
                    s.browser.findElement(By.id("sources")).getText().contains("Credit report"),
                    "the decision's data sources, source by source");
            s.screenshot("decision-sources");
            // The paths' evidence is coded (ADR 0027): the same decision reads in Chinese.
            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("paths"), "在服务区域内");
            s.scrollTo("paths");
            s.screenshot("decision-paths-zh");
            s.browser.findElement(By.id("shell:lang-en")).click();
            s.waitForText(By.id("paths"), "within territory");

            click(s, "actions:accept");
            s.waitForText(By.id("status"), "Accepted");
            s.waitForText(By.id("schedule-title"), "Repayment schedule");
            assertEquals(
                    "¥100,000.00",
                    s.browser.findElement(By.id("schedule-form:schedule:sum-principal")).getText());
            assertEquals(
                    reference, s.browser.findElement(By.id("exposure")).getText().split(" ")[0]);
            s.scrollTo("schedule-title");
            s.screenshot("decision-accepted-schedule");
        }
        // Issue 26: the auditor's borrower filter, by name, finds the decision too, though it is
        // kept on the application: every row about the borrower, whatever its subject.
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("auditor", "/mcrc/pages/audit/trail.xhtml");
            type(s, "filters:borrower", TEA_SHOP);
            click(s, "filters:apply");
            String table = s.waitForText(By.id("filters:entries"), reference);
            assertTrue(table.contains("Decision") && table.contains("Automated decision"), table);
            assertTrue(table.contains("Offer accepted"), table);
            s.screenshot("audit-borrower-filter");
        }
    }

    @Test
    void termsOutsideTheProductAreShownNextToTheirFields() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("manager", "/mcrc/pages/applications/new.xhtml");
            type(s, "wizard:nameFilter", TEA_SHOP);
            click(s, "wizard:findBorrower");
            rowButton(s, TEA_SHOP, "choose").click();
            rowButton(s, TAX_LOAN, "chooseProduct").click();
            type(s, "wizard:amount_input", "5000000");
            type(s, "wizard:termMonths_input", "48");
            click(s, "wizard:toReview");
            s.waitForText(
                    By.xpath(
                            "//*[@id='wizard:amount']/following-sibling::*[contains(@class,'ui-message')]"),
                    "10,000");
            assertTrue(
                    s.browser
                            .findElement(
                                    By.xpath(
                                            "//*[@id='wizard:termMonths']/following-sibling::*"
                                                    + "[contains(@class,'ui-message')]"))
                            .getText()
                            .contains("6 to 36 months"));
            assertTrue(
                    s.browser
                            .findElement(
                                    By.xpath(
                                            "//*[@id='wizard:purpose']/following-sibling::*"
                                                    + "[contains(@class,'ui-message')]"))
                            .getText()
                            .contains("what the loan is for"));
            assertTrue(
                    s.browser.findElements(By.id("wizard:submit")).isEmpty(),
                    "no review before the terms are right");
            s.screenshot("wizard-terms-refused");
        }
    }

    @Test
    void aReferredApplicationIsApprovedByACreditOfficerWhoDidNotPrepareIt() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("staff", "/mcrc/pages/home.xhtml");
            String reference =
                    applyThroughTheWizard(s, TEA_SHOP, TAX_LOAN, "400000", "24", "开设第二家门店");
            assertEquals("REFERRED", statusOf(s), reference);
            assertEquals(
                    "Above the automatic authority",
                    s.browser.findElement(By.id("deciding-rule")).getText());
            s.screenshot("decision-referred");
            s.signOut();

            s.signIn("officer", "/mcrc/pages/referrals/queue.xhtml");
            rowInput(s, reference, "note")
                    .sendKeys("Judgment settled; sales recovering per the manager");
            rowButton(s, reference, "approve").click();
            s.waitForText(By.id("messages"), "approved");
            assertTrue(
                    s.browser
                            .findElements(By.xpath("//tr[td[contains(., '" + reference + "')]]"))
                            .isEmpty(),
                    "no longer waiting");
            s.screenshot("referral-approved-by-officer");

            s.open("/mcrc/pages/borrowers/search.xhtml");
            type(s, "search:name", TEA_SHOP);
            click(s, "search:go");
            OriginationPages.clickLink(s, TEA_SHOP);
            OriginationPages.clickLink(s, reference);
            s.waitForText(By.id("reviewed-by"), "officer");
            assertEquals("APPROVED", statusOf(s));
        }
    }

    @Test
    void theOfficerWhoPreparedACaseMayNotDecideIt() throws Exception {
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("officer", "/mcrc/pages/home.xhtml");
            String reference =
                    applyThroughTheWizard(s, TEA_SHOP, TAX_LOAN, "350000", "24", "审批员本人经办");
            assertEquals("officer", s.browser.findElement(By.id("prepared-by")).getText());
            assertEquals("REFERRED", statusOf(s));

            s.open("/mcrc/pages/referrals/queue.xhtml");
            rowInput(s, reference, "note").sendKeys("资料齐全，同意");
            rowButton(s, reference, "approve").click();
            s.waitForText(By.id("messages"), "maker-checker");
            assertTrue(
                    s.browser
                            .findElement(By.id("messages"))
                            .getText()
                            .contains("may not decide it"));
            rowButton(s, reference, "approve");
            s.screenshot("referral-refused-to-preparer");

            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("nav-referrals"), "转人工审核");
            assertTrue(
                    s.browser.findElement(By.id("queue")).getText().contains("经办人"),
                    "the queue in Chinese");
            s.screenshot("referral-queue-zh");
        }
    }

    private static String statusOf(BrowserSession s) {
        return s.visible("status").getAttribute("class").replaceAll(".*mcrc-status-", "");
    }
}
