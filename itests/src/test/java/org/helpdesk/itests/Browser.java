package org.helpdesk.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

/** Headless Debian Chromium driven by Selenium, with helpers for Vaadin pages. */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

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

    /** Picks the item labelled {@code label} in the vaadin-select with id {@code id}. */
    public void select(String id, String label) {
        await(By.id(id)).click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        await(item).click();
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
