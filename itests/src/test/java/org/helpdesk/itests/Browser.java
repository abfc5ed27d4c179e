package org.helpdesk.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.Assume;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with helpers for Vaadin pages: waits that save a
 * screenshot when they time out, the login form, fields, checkboxes and grid cells by ID.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration CONDITION_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 200;

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Starts a browser whose preferred language is {@code language} (e.g. "en-US", "de-DE"). */
    public static Browser start(String language) throws IOException {
        return start(language, HelpdeskContainer.BASE_URL);
    }

    /** Starts a browser for the server at {@code baseUrl} (e.g. "http://127.0.0.1:8181"). */
    public static Browser start(String language, String baseUrl) throws IOException {
        if (Boolean.getBoolean("skip.browser.tests")) {
            Assume.assumeTrue("browser tests skipped by -Dskip.browser.tests=true", false);
        }
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Install Debian's chromium and chromium-driver (see .ci/run)");
        }
        Path profile = Files.createTempDirectory("helpdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, baseUrl);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement await(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits for {@code condition}; on a timeout saves a screenshot named after the time, to see what was shown. */
    private <T> T until(ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            try {
                screenshot("timeout-" + System.currentTimeMillis());
            } catch (IOException | RuntimeException ignored) {
                // the timeout is what matters
            }
            throw new TimeoutException(e.getMessage() + "\nat " + driver.getCurrentUrl(), e);
        }
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Logs in on the login page, which must be open. */
    public void login(String user, String password) {
        WebElement name = await(By.cssSelector("vaadin-login-form input[name='username']"));
        name.clear();
        name.sendKeys(user);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    /** Opens {@code path}, which asks for a login first, and logs in. */
    public void openAndLogIn(String path, String user, String password) {
        open(path);
        await(By.tagName("vaadin-login-form"));
        login(user, password);
    }

    /** Selects all in the input of the Vaadin field with id {@code id} and types {@code text} over it. */
    public void type(String id, String text) {
        await(input(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * Empties the input of the field with id {@code id}, then types {@code text}: the field sees the
     * empty value first, as when an admin deletes the old search before typing a new one.
     */
    public void replace(String id, String text) {
        WebElement input = await(input(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** @return what the input of the field with id {@code id} holds */
    public String value(String id) {
        return await(input(id)).getDomProperty("value");
    }

    /** @return whether the vaadin-checkbox found by {@code checkbox} is checked */
    public boolean isChecked(By checkbox) {
        return Boolean.TRUE.equals(script("return arguments[0].checked", await(checkbox)));
    }

    /** @return whether the vaadin-checkbox found by {@code checkbox} is disabled */
    public boolean isDisabled(By checkbox) {
        return Boolean.TRUE.equals(script("return arguments[0].disabled", await(checkbox)));
    }

    /** @return the document's title, as the tab shows it */
    public String title() {
        return String.valueOf(script("return document.title"));
    }

    /** Picks the item labelled {@code label} in the vaadin-select with id {@code id}. */
    public void select(String id, String label) {
        await(By.id(id)).click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        await(item).click();
    }

    /** @return the cell of the vaadin-grid {@code gridId} whose text is {@code text} */
    public static By gridCell(String gridId, String text) {
        return By.xpath("//vaadin-grid[@id='" + gridId + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    /** @return the cell of the vaadin-grid {@code gridId} whose text starts with {@code textStart} */
    public static By gridCellStartingWith(String gridId, String textStart) {
        return By.xpath("//vaadin-grid[@id='" + gridId + "']/vaadin-grid-cell-content[starts-with(normalize-space(.), '"
                + textStart + "')]");
    }

    /** @return the cell of the vaadin-grid {@code gridId} that contains {@code text} */
    public static By gridCellContaining(String gridId, String text) {
        return By.xpath("//vaadin-grid[@id='" + gridId + "']/vaadin-grid-cell-content[contains(., '" + text + "')]");
    }

    /** @return a notification that contains {@code text} */
    public static By notification(String text) {
        return By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + text + "')]");
    }

    /** Checks {@code condition} every 200 ms until it holds; fails after 30 seconds, naming {@code what}. */
    public static void awaitTrue(BooleanSupplier condition, String what) {
        Instant end = Instant.now().plus(CONDITION_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out waiting: " + what);
            }
            pause();
        }
    }

    /**
     * Checks {@code condition} up to {@code tries} times, 200 ms apart. For conditions that load a page
     * on each check, where a time limit would leave only a few tries.
     */
    public static void awaitTrue(BooleanSupplier condition, String what, int tries) {
        for (int i = 0; i < tries; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            pause();
        }
        throw new AssertionError("Timed out waiting: " + what);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static By input(String id) {
        return By.cssSelector("#" + id + " input");
    }

    /** Saves a PNG of the page to target/screenshots/NAME.png. */
    public void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
