package com.microcredit.it;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Steps the origination browser tests share: PrimeFaces inputs, the wizard, a row's button. */
final class OriginationPages {

    private OriginationPages() {}

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label. The item is clicked by script
     * once the panel is open: a pointer click can land on a neighbour while the panel still slides.
     */
    static void choose(BrowserSession s, String menuId, String label) {
        s.visible(menuId).click();
        WebElement item =
                s.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.xpath(
                                        "//ul[@id='"
                                                + menuId
                                                + "_items']/li[@data-label=\""
                                                + label
                                                + "\"]")));
        ((JavascriptExecutor) s.browser).executeScript("arguments[0].click();", item);
        s.waitForText(By.id(menuId + "_label"), label);
    }

    /** Replaces the text of an input (PrimeFaces inputNumber and datePicker included). */
    static void type(BrowserSession s, String id, String text) {
        // A widget that finishes initialising after the keys arrived (PrimeFaces inputNumber on a
        // busy page) resets its value: type again until the field holds something.
        s.wait.ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            WebElement input = s.visible(id);
                            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
                            String value = input.getAttribute("value");
                            return text.isEmpty() || (value != null && !value.isBlank());
                        });
    }

    static void click(BrowserSession s, String id) {
        s.wait.ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            d.findElement(By.id(id)).click();
                            return true;
                        });
    }

    /**
     * Clicks a link by (part of) its text once the page holding it has settled (ajax updates
     * replace elements).
     */
    static void clickLink(BrowserSession s, String text) {
        s.wait.ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            d.findElement(By.partialLinkText(text)).click();
                            return true;
                        });
    }

    /**
     * The button whose id ends with {@code :action} in the table row that contains {@code text}.
     */
    static WebElement rowButton(BrowserSession s, String text, String action) {
        return s.wait.until(
                d ->
                        d.findElement(
                                By.xpath(
                                        "//tr[td[contains(normalize-space(.), \""
                                                + text
                                                + "\")]]"
                                                + "//button[contains(@id, ':"
                                                + action
                                                + "')]")));
    }

    static WebElement rowInput(BrowserSession s, String text, String input) {
        return s.wait.until(
                d ->
                        d.findElement(
                                By.xpath(
                                        "//tr[td[contains(normalize-space(.), \""
                                                + text
                                                + "\")]]"
                                                + "//input[contains(@id, ':"
                                                + input
                                                + "')]")));
    }

    /**
     * Runs the wizard for the borrower found by name, the product by its name on the page (in the
     * session's language) and the terms given, and returns the reference shown on the decision view
     * it lands on.
     */
    static String applyThroughTheWizard(
            BrowserSession s,
            String borrowerName,
            String productName,
            String amount,
            String termMonths,
            String purpose) {
        s.open("/mcrc/pages/applications/new.xhtml");
        type(s, "wizard:nameFilter", borrowerName);
        click(s, "wizard:findBorrower");
        rowButton(s, borrowerName, "choose").click();
        s.waitForText(By.id("chosen-borrower"), borrowerName);
        rowButton(s, productName, "chooseProduct").click();
        type(s, "wizard:amount_input", amount);
        type(s, "wizard:termMonths_input", termMonths);
        type(s, "wizard:purpose", purpose);
        click(s, "wizard:toReview");
        s.visible("wizard:submit").click();
        return s.visible("reference").getText();
    }
}
