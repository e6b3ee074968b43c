package com.microcredit.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium over HTTPS against the test server: sign in and out, find, wait, screenshot.
 */
final class BrowserSession implements AutoCloseable {

    static final String BASE = "https://localhost:" + System.getProperty("mcrc.https.port", "9443");
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("mcrc.screenshots", "target/screenshots"));

    final WebDriver browser;
    final WebDriverWait wait;

    BrowserSession() {
        this(1366, 900);
    }

    /** A browser whose window has this size, e.g. 768 wide for a tablet held upright. */
    BrowserSession(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--lang=en-US",
                // HTTP/1.1: Liberty's HTTP/2 writes can hang when a quitting browser leaves streams
                // half closed (open-liberty#24167), which stalled the next test's page loads.
                "--disable-http2");
        options.setAcceptInsecureCerts(true); // the server's self-signed development certificate
        // The console's errors, so that close() can fail a test whose pages broke the CSP.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "chromedriver", "/usr/bin/chromedriver")))
                        .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void open(String path) {
        browser.get(BASE + path);
    }

    /** Opens a protected page and signs in on the login form it redirects to. */
    void signIn(String user, String path) {
        open(path);
        visible("j_username").sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(user + "-Demo-2026");
        browser.findElement(By.id("login-submit")).click();
        visible("current-user");
    }

    void signOut() {
        browser.findElement(By.id("shell:logout")).click();
        visible("j_username");
    }

    /** Ends the session from any page, e.g. an error page that has no sign-out button. */
    void forgetSession() {
        browser.manage().deleteAllCookies();
    }

    /**
     * Waits until PrimeFaces has no AJAX request queued or running: an update that arrives late
     * re-renders what the test has already chosen or typed.
     */
    void ajaxSettled() {
        wait.until(
                d ->
                        Boolean.TRUE.equals(
                                ((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript(
                                                "return !window.PrimeFaces ||"
                                                        + " PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * The pages the navigation of the page shown offers, by link id (nav-…), as paths under
     * /mcrc/pages/.
     */
    java.util.Map<String, String> navigationPages() {
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (WebElement link : browser.findElements(By.cssSelector("#nav a"))) {
            String href = link.getAttribute("href");
            if (href.contains("/mcrc/pages/")) {
                pages.put(link.getAttribute("id"), href.substring(href.indexOf("/mcrc/")));
            }
        }
        return pages;
    }

    /** Waits until the document has loaded. */
    void loaded() {
        wait.until(
                d ->
                        "complete"
                                .equals(
                                        ((org.openqa.selenium.JavascriptExecutor) d)
                                                .executeScript("return document.readyState")));
    }

    WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Waits until the element holds the text and returns the element's whole text as read then –
     * read in the same step, so an element that an AJAX update replaces meanwhile cannot go stale
     * between the wait and the read. On a time-out the page as it stands is saved (screenshot and
     * the page's messages) before failing.
     */
    String waitForText(By locator, String text) {
        try {
            return wait.until(
                    d -> {
                        try {
                            String now = d.findElement(locator).getText();
                            return now.contains(text) ? now : null;
                        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                            return null;
                        } catch (org.openqa.selenium.WebDriverException e) {
                            // Chromium's own word for a node an update replaced between finding and
                            // reading it
                            if (String.valueOf(e.getMessage())
                                    .contains("does not belong to the document")) {
                                return null;
                            }
                            throw e;
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            String messages =
                    browser
                            .findElements(
                                    By.cssSelector(".ui-message, .ui-messages, .ui-growl-message"))
                            .stream()
                            .map(WebElement::getText)
                            .filter(t -> !t.isBlank())
                            .collect(java.util.stream.Collectors.joining(" | "));
            try {
                screenshot("failed-" + System.currentTimeMillis());
            } catch (Exception ignored) {
                // the time-out below is what matters
            }
            throw new org.openqa.selenium.TimeoutException(
                    e.getMessage()
                            + "\nURL: "
                            + browser.getCurrentUrl()
                            + "\nmessages on the page: "
                            + messages,
                    e);
        }
    }

    /**
     * Scrolls an element to the top of the window, e.g. before a screenshot of that part of the
     * page.
     */
    void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView(true);", browser.findElement(By.id(id)));
    }

    void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Ends the server session the browser still holds (the sign-out button of the page it is on),
     * so no session of this test is left to be invalidated later by the server, when another test
     * may be signed in as the same user (Liberty logs a user out when a session of theirs is
     * invalidated, logoutOnHttpSessionExpire). A page without the button (login, error page) has
     * nothing to end.
     */
    private void signOutIfSignedIn() {
        try {
            java.util.List<WebElement> logout = browser.findElements(By.id("shell:logout"));
            if (!logout.isEmpty()) {
                logout.get(0).click();
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
            }
        } catch (RuntimeException ignored) {
            // the browser quits below whatever state the page is in
        }
    }

    /**
     * Quits the browser; if quitting fails (a hung session), ends the browser process and its
     * children by their ids so no Chromium outlives the test.
     */
    @Override
    public void close() {
        signOutIfSignedIn();
        List<String> refused = contentSecurityPolicyViolations();
        Object pid =
                ((org.openqa.selenium.HasCapabilities) browser)
                        .getCapabilities()
                        .getCapability("goog:processID");
        try {
            browser.quit();
        } finally {
            if (pid instanceof Number number) {
                ProcessHandle.of(number.longValue())
                        .ifPresent(
                                p -> {
                                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                                    p.destroyForcibly();
                                });
            }
        }
        if (!refused.isEmpty()) {
            throw new AssertionError(
                    "the pages broke the Content-Security-Policy:\n" + String.join("\n", refused));
        }
    }

    /**
     * What the browser refused under the server's CSP since the last call (console errors; reading
     * them empties the browser's log).
     */
    List<String> contentSecurityPolicyViolations() {
        try {
            return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy"))
                    // The browser's own favicon fetch for a fixture page served over plain HTTP
                    // is redirected to HTTPS, another origin for that page's img-src: not a
                    // page's doing (seen in ReconciliationBrowserIT, now and then).
                    .filter(m -> !m.contains("/favicon.ico"))
                    .toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
