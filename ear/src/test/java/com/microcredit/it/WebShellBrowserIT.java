package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's first steps, in headless Chromium over HTTPS: sign in, land home, switch to Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebShellBrowserIT {

    private static final String BASE = BrowserSession.BASE;
    private static final String HTTP_PORT = System.getProperty("mcrc.http.port", "9080");

    private BrowserSession session;
    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() {
        session = new BrowserSession();
        browser = session.browser;
        wait = session.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aDemoUserSignsInLandsOnTheHomePageAndSwitchesToChinese() throws Exception {
        browser.get(BASE + "/mcrc/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        screenshot("login");

        browser.findElement(By.id("j_username")).sendKeys("staff");
        browser.findElement(By.id("j_password")).sendKeys("staff-Demo-2026");
        browser.findElement(By.id("login-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertTrue(
                browser.getCurrentUrl().endsWith("/mcrc/pages/home.xhtml"),
                browser.getCurrentUrl());
        assertEquals("staff", browser.findElement(By.id("current-user")).getText());
        assertTrue(
                browser.findElements(By.id("home-BRANCH_STAFF")).size() == 1,
                "branch staff panel shown");
        assertTrue(
                browser.findElements(By.id("home-ADMIN")).isEmpty(),
                "admin panel hidden from branch staff");
        assertEquals("Home", browser.findElement(By.id("nav-home")).getText());
        screenshot("home-en");

        browser.findElement(By.id("shell:lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("nav-home"), "首页"));
        assertTrue(browser.findElement(By.id("home-BRANCH_STAFF")).getText().contains("网点柜员"));
        screenshot("home-zh");
    }

    /**
     * Two sign-ins of one user are two sessions with two tokens: signing out of one leaves the
     * other working, and the one signed out can sign in again at once. With the authentication
     * cache looked up by user and password, both got the same cached token, and the sign-out of the
     * first logged the second out (and refused the next sign-in).
     */
    @Test
    void signingOutOfOneSessionLeavesTheSameUsersOtherSessionSignedIn() {
        BrowserSession other = new BrowserSession();
        try {
            session.signIn("staff", "/mcrc/pages/home.xhtml");
            other.signIn("staff", "/mcrc/pages/home.xhtml");
            String first = browser.manage().getCookieNamed("LtpaToken2").getValue();
            String second = other.browser.manage().getCookieNamed("LtpaToken2").getValue();
            assertTrue(!first.equals(second), "each sign-in has a token of its own");

            session.signOut();
            other.open("/mcrc/pages/borrowers/search.xhtml");
            other.visible("current-user");
            assertTrue(
                    other.browser.getCurrentUrl().endsWith("/mcrc/pages/borrowers/search.xhtml"),
                    other.browser.getCurrentUrl());

            session.signIn("staff", "/mcrc/pages/home.xhtml");
            assertEquals("staff", browser.findElement(By.id("current-user")).getText());
            other.open("/mcrc/pages/home.xhtml");
            assertEquals("staff", other.visible("current-user").getText());
        } finally {
            other.close();
        }
    }

    /**
     * The pages' CSP is in force (script only from this server, no eval) and a test notices when a
     * page breaks it: every BrowserSession fails its test on close when the browser refused
     * something under the CSP.
     */
    @Test
    void aScriptFromAnotherSiteIsRefusedAndTheRefusalIsNoticed() {
        session.signIn("staff", "/mcrc/pages/home.xhtml");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "var s = document.createElement('script');"
                                + " s.src = 'https://scripts.example.invalid/x.js';"
                                + " document.head.appendChild(s);");
        java.util.List<String> refused = java.util.List.of();
        for (int i = 0; i < 20 && refused.isEmpty(); i++) {
            refused = session.contentSecurityPolicyViolations();
            if (refused.isEmpty()) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        assertTrue(
                refused.stream().anyMatch(m -> m.contains("scripts.example.invalid")),
                "the browser refused the script and said so: " + refused);
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAMessage() {
        browser.get(BASE + "/mcrc/pages/home.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")))
                .sendKeys("staff");
        browser.findElement(By.id("j_password")).sendKeys("wrong");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    }

    /**
     * Plain HTTP answers every path – the pages and the feature endpoints alike – with a redirect
     * to the same path over HTTPS; nothing is served over it (readiness over HTTPS: OperationsIT).
     */
    @Test
    void plainHttpIsRedirectedToHttpsForPagesHealthAndOpenApi() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String https = "https://localhost:" + System.getProperty("mcrc.https.port", "9443");
        for (String path :
                new String[] {
                    "/mcrc/", "/mcrc/pages/home.xhtml?x=1", "/health/ready", "/openapi"
                }) {
            HttpResponse<String> answer =
                    http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + HTTP_PORT + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(301, answer.statusCode(), path + ": " + answer.body());
            assertEquals(https + path, answer.headers().firstValue("Location").orElse(""), path);
            assertTrue(!answer.body().contains("\"status\""), "no health answer over HTTP");
        }
    }

    private void screenshot(String name) throws Exception {
        session.screenshot(name);
    }
}
