package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page each role's navigation offers, opened in Chinese and in English: drawn whole (the
 * footer is there, no error page), in the language asked for, with a skip link first; no raw ISO
 * instant and no product code anywhere on it. Saves a screenshot of each (tour-ROLE-PAGE-LANG.png)
 * to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageTourBrowserIT {

    private static final List<String> PRODUCT_CODES =
            List.of(
                    "TAX_LOAN",
                    "ELECTRICITY_LOAN",
                    "GROUP_LOAN",
                    "SUPPLY_CHAIN_RECEIVABLES",
                    "BLIND_MICRO");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyPageOfEveryRolesNavigationIsWholeInBothLanguages() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of("officer", "risk", "auditor", "manager", "admin")) {
            try (BrowserSession s = new BrowserSession()) {
                s.signIn(user, "/mcrc/pages/home.xhtml");
                Map<String, String> pages = s.navigationPages();
                if ("risk".equals(user)) {
                    s.open("/mcrc/pages/hubs.xhtml");
                    String chain = s.visible("hub-list:hubs:0:chain").getAttribute("href");
                    pages.put("chain", chain.substring(chain.indexOf("/mcrc/")));
                }
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    for (String lang : List.of("zh-CN", "en")) {
                        String path =
                                page.getValue()
                                        + (page.getValue().contains("?") ? "&" : "?")
                                        + "lang="
                                        + lang;
                        s.open(path);
                        s.loaded();
                        if (s.browser.findElements(By.id("skip-link")).isEmpty()) {
                            wrong.add(user + " " + path + ": no skip link");
                        }
                        String html = s.browser.getPageSource();
                        String text = s.browser.findElement(By.tagName("body")).getText();
                        String where = user + " " + path + ": ";
                        if (s.browser
                                .findElements(By.cssSelector("footer.mcrc-footer"))
                                .isEmpty()) {
                            wrong.add(where + "not drawn whole");
                        }
                        if (!lang.equals(
                                s.browser.findElement(By.tagName("html")).getAttribute("lang"))) {
                            wrong.add(where + "lang is not " + lang);
                        }
                        if (text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*")) {
                            wrong.add(where + "a raw ISO instant");
                        }
                        PRODUCT_CODES.stream()
                                .filter(text::contains)
                                .forEach(code -> wrong.add(where + "product code " + code));
                        assertTrue(html.contains("</html>") || html.contains("</body>"), where);
                        s.screenshot(
                                "tour-"
                                        + user
                                        + "-"
                                        + page.getKey().replace("nav-", "")
                                        + "-"
                                        + ("zh-CN".equals(lang) ? "zh" : "en"));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
