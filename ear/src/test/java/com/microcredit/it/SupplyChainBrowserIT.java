package com.microcredit.it;

import static com.microcredit.it.OriginationPages.click;
import static com.microcredit.it.OriginationPages.rowButton;
import static com.microcredit.it.OriginationPages.type;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supply-chain pages on the demo hub: the chain graph with its members' standing and exposure,
 * a trade file refused with its rejected rows and then imported whole, an imported invoice
 * confirmed and financed, and a hub status change that its proposer cannot approve and a second
 * risk manager rejects (the demo hub stays NORMAL for the other tests).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplyChainBrowserIT {

    private static final String HUBS = "/mcrc/pages/hubs.xhtml";
    private static final String DEMO_HUB = "浙江华通家电集团有限公司";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anOfficerSeesTheChainImportsTradeAndFinancesAConfirmedInvoice() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("officer", HUBS);
            s.wait.until(
                            d ->
                                    d.findElement(
                                            By.xpath(
                                                    "//tr[contains(., '"
                                                            + DEMO_HUB
                                                            + "')]//a[contains(@id, ':chain')]")))
                    .click();
            s.visible("chain-graph");
            String hub = s.browser.getCurrentUrl().replaceAll(".*[?&]hub=(\\d+).*", "$1");
            WebElement eligible =
                    s.wait.until(
                            d ->
                                    d.findElement(
                                            By.xpath(
                                                    "//tbody[@id='members_data']/tr[contains(.,"
                                                        + " 'Eligible')]//span[@class='member-id']")));
            String member = eligible.getText().strip();
            assertTrue(
                    s.browser.findElements(By.cssSelector("#chain-graph g.mcrc-chain-node")).size()
                            >= 3,
                    "every member is a node of the graph");
            assertTrue(
                    s.browser.findElement(By.id("chain-limit")).getText().contains("¥"),
                    "the chain limit is an amount in yuan");
            s.screenshot("supply-chain-graph");

            s.open("/mcrc/pages/supply-chain/import.xhtml?hub=" + hub);
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString();
            String good =
                    "memberId,kind,documentNumber,tradeDate,amount,currency,hubConfirmed\n"
                            + member
                            + ",INVOICE,BT-"
                            + tag
                            + "-1,"
                            + today
                            + ",1000.00,CNY,false\n"
                            + member
                            + ",ORDER,BT-"
                            + tag
                            + "-2,"
                            + today
                            + ",500.00,CNY,false\n";
            upload(
                    s,
                    file(
                            "trade-bad-" + tag + ".csv",
                            good + "999999999,LOAN,BT-" + tag + "-3," + today + ",-1,CNY,true\n"));
            s.waitForText(By.id("report-outcome"), "Refused");
            String reasons = s.browser.findElement(By.id("rejected")).getText();
            assertTrue(
                    reasons.contains("not a member of this hub's chain")
                            && reasons.contains("not positive"),
                    reasons);
            s.screenshot("supply-chain-import-refused");
            upload(s, file("trade-good-" + tag + ".csv", good));
            s.waitForText(By.id("report-outcome"), "Imported");
            assertTrue(
                    s.browser
                            .findElement(By.id("report-outcome"))
                            .getText()
                            .contains("imported 2"));
            s.screenshot("supply-chain-import-imported");

            s.open("/mcrc/pages/supply-chain/invoices.xhtml?hub=" + hub);
            String invoice = "BT-" + tag + "-1";
            rowButton(s, invoice, "confirm").click();
            s.waitForText(By.id("messages"), "is confirmed by the hub");
            rowButton(s, invoice, "finance").click();
            s.waitForText(By.id("messages"), "advance 800.00 CNY at 80 %");
            s.waitForText(By.xpath("//tr[td[contains(., '" + invoice + "')]]"), "Advanced");
            assertTrue(
                    s.browser
                            .findElements(
                                    By.xpath("//tr[td[contains(., '" + invoice + "')]]//button"))
                            .isEmpty(),
                    "a financed invoice offers no second financing");
            s.screenshot("supply-chain-invoice-financed");

            s.open("/mcrc/pages/supply-chain/chain.xhtml?hub=" + hub);
            s.visible("chain-graph");
            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.id("chain-view"), "上游：供应商");
            s.screenshot("supply-chain-graph-zh");
        }
    }

    @Test
    void aHubStatusChangeIsNotApprovedByItsProposer() throws Exception {
        String reason = "测试" + UUID.randomUUID().toString().substring(0, 6) + "：媒体报道经营困难";
        try (BrowserSession s = new BrowserSession()) {
            s.signIn("risk", HUBS);
            new Select(s.visible("indicators:hub"))
                    .selectByVisibleText(hubLabel(s, "indicators:hub"));
            type(s, "indicators:late_input", "2");
            type(s, "indicators:revenue_input", "5");
            type(s, "indicators:bureau_input", "0");
            type(s, "indicators:court_input", "0");
            click(s, "indicators:record");
            s.waitForText(By.id("messages"), "the status is unchanged");

            new Select(s.visible("proposal:hub")).selectByVisibleText(hubLabel(s, "proposal:hub"));
            new Select(s.browser.findElement(By.id("proposal:status"))).selectByValue("WATCH");
            s.browser.findElement(By.id("proposal:reason")).sendKeys(reason);
            click(s, "proposal:propose");
            s.waitForText(By.id("pending-form"), reason);
            rowButton(s, reason, "approve").click();
            s.waitForText(By.id("messages"), "may not decide it");
            s.scrollTo("pending-form");
            s.screenshot("supply-chain-status-maker-refused");
            s.signOut();

            s.signIn("risk2", HUBS);
            rowButton(s, reason, "reject").click();
            s.waitForText(By.id("messages"), "rejected");
            assertFalse(s.browser.findElement(By.id("pending-form")).getText().contains(reason));
            assertTrue(
                    s.browser
                            .findElement(By.xpath("//tr[contains(., '" + DEMO_HUB + "')]"))
                            .getText()
                            .contains("Normal"));
            s.screenshot("supply-chain-status-rejected");
            // Hub reasons are coded texts (ADR 0027): the same rows read in Chinese.
            s.browser.findElement(By.id("shell:lang-zh")).click();
            s.waitForText(By.xpath("//tr[contains(., '" + DEMO_HUB + "')]"), "正常");
            s.screenshot("supply-chain-hubs-zh");
        }
    }

    private static String hubLabel(BrowserSession s, String selectId) {
        return new Select(s.browser.findElement(By.id(selectId)))
                .getOptions().stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains(DEMO_HUB))
                        .findFirst()
                        .orElseThrow();
    }

    private static void upload(BrowserSession s, Path file) {
        s.visible("upload:file").sendKeys(file.toString());
        click(s, "upload:import");
    }

    private static Path file(String name, String content) throws Exception {
        Path dir =
                Files.createDirectories(Path.of("target", "supply-chain-files")).toAbsolutePath();
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
