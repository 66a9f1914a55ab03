package org.tiaojie.web.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven as a user would: open an address, wait for what the page says, click and
 * type into Vaadin components by id, take screenshots once Vaadin is idle. Every wait is on a
 * condition, never a fixed time.
 */
public final class Browser {

    static final Path SHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final int port;

    Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public void waitForText(String text) {
        waitUpTo(30)
                .withMessage(() -> "waiting for \"" + text + "\" on " + driver.getCurrentUrl() + ", page says: " + bodyText())
                .until(d -> bodyText().contains(text));
    }

    /** Visible text plus the text inside components' shadow roots (the login form's error sits there). */
    public String bodyText() {
        Object text = js("""
                let out = document.body ? document.body.innerText : '';
                const walk = (root) => root.querySelectorAll('*').forEach(e => {
                  if (e.shadowRoot) { out += '\\n' + e.shadowRoot.textContent; walk(e.shadowRoot); }
                });
                walk(document);
                return out;""");
        return text == null ? "" : text.toString();
    }

    public WebDriverWait waiting() {
        return waitUpTo(30);
    }

    /** Waits that ride out Vaadin re-rendering an element between finding it and reading it. */
    public WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether Vaadin has no request in flight and no grid is still loading rows. */
    public boolean idle() {
        return Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                const busy = clients && Object.values(clients).some(c => c.isActive && c.isActive());
                const loading = [...document.querySelectorAll('vaadin-grid')].some(g => g.hasAttribute('loading'));
                return !busy && !loading && document.readyState === 'complete';"""));
    }

    /** Waits until Vaadin is idle twice in a row, a frame apart (rows rendered, dialogs opened). */
    public void settle() {
        waitUpTo(30).withMessage(() -> "page never settled: " + bodyText()).until(d -> {
            if (!idle()) {
                return false;
            }
            ((JavascriptExecutor) d).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
            return idle();
        });
    }

    public void shot(String name) throws IOException {
        settle();
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    public void shotAt(String elementId, String name) throws IOException {
        js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", elementId);
        shot(name);
    }

    public void clickId(String id) {
        waiting().withMessage(() -> "button " + id + " on " + bodyText())
                .until(d -> !d.findElements(By.id(id)).isEmpty());
        waiting().withMessage(() -> "clicking " + id + " on " + bodyText()).until(d -> {
            var element = d.findElement(By.id(id));
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            if (!element.isDisplayed()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Types into a Vaadin text field, text area, number field or combo box (its slotted input). */
    public void typeInto(String id, CharSequence... keys) {
        waiting().until(d -> !d.findElements(By.cssSelector("#" + id + " > input, #" + id + " > textarea")).isEmpty());
        driver.findElement(By.cssSelector("#" + id + " > input, #" + id + " > textarea")).sendKeys(keys);
    }

    /** Replaces what a Vaadin text field holds (a prefilled value is selected and typed over). */
    public void replaceIn(String id, String text) {
        typeInto(id, org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
    }

    /** Picks the item of a Vaadin select whose label reads as given. */
    public void select(String id, String label) {
        clickId(id);
        waiting().withMessage(() -> "item " + label + " of " + id + " on " + bodyText()).until(d -> {
            for (var item : d.findElements(By.cssSelector("vaadin-select-item"))) {
                if (item.isDisplayed() && item.getText().trim().equals(label)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
    }

    /** Ticks the item of a Vaadin multi-select combo box found by typing {@code typed}, then leaves the field. */
    public void tick(String id, String typed, String label) {
        typeInto(id, typed);
        waiting().withMessage(() -> "item " + label + " of " + id + " on " + bodyText()).until(d -> {
            for (var item : d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))) {
                if (item.isDisplayed() && item.getText().contains(label)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        typeInto(id, org.openqa.selenium.Keys.TAB);
    }

    /** Picks the radio button of a Vaadin radio group whose label reads as given. */
    public void pickRadio(String groupId, String label) {
        waiting().withMessage(() -> "radio " + label + " in " + groupId + " on " + bodyText()).until(d -> {
            var buttons = d.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button"));
            for (var button : buttons) {
                if (button.getText().trim().equals(label)) {
                    button.findElement(By.cssSelector("input")).click();
                    return true;
                }
            }
            return false;
        });
    }

    /** Sets a date picker's ISO value, which the component sends to the server like a user's pick. */
    public void pickDate(String id, java.time.LocalDate date) {
        js("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    /** Picks a combo box's first suggestion for the typed text (the suggestions come from the server). */
    public void choose(String id, String typed, String expectedInItem) {
        typeInto(id, typed);
        waiting().withMessage(() -> "suggestion " + expectedInItem + " for " + typed + " on " + bodyText())
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(e -> e.getText().contains(expectedInItem)));
        typeInto(id, org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        waiting().withMessage(() -> "chosen " + expectedInItem + " in " + id + " on " + bodyText())
                .until(d -> String.valueOf(d.findElement(By.cssSelector("#" + id + " > input")).getDomProperty("value"))
                        .contains(expectedInItem));
    }

    /** How many rows a grid holds (its size, not only those rendered). */
    public long rows(String gridId) {
        Object size = js("const g = document.getElementById(arguments[0]); return g ? (g.size || 0) : 0;", gridId);
        return size instanceof Number n ? n.longValue() : 0;
    }

    /** Hands a file to a Vaadin upload, as picking it in the file dialog would. */
    public void upload(String uploadId, Path file) {
        var upload = driver.findElement(By.id(uploadId));
        var light = upload.findElements(By.cssSelector("input[type=file]"));
        var input = light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : light.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    public void escape() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
    }
}
