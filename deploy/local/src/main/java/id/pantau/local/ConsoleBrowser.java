package id.pantau.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through Debian's chromedriver (no Selenium Manager, nothing
 * downloaded), one fresh profile per person so two people never share a session cookie. Shared by the
 * case-service console tests and the system tests; Selenium is an optional dependency of this module,
 * so each user declares it itself and the local launcher does without it.
 */
public final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("pantau.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("pantau.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    private ConsoleBrowser(Path screenshots) {
        this.screenshots = screenshots;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where chromium refuses its sandbox.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1100",
                "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    /**
     * Skips the calling test class, loudly, where the browser packages are not installed.
     *
     * @param what the tests being skipped, as the message names them, e.g. "the console browser tests"
     */
    public static void assumeInstalled(String what) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.printf("%n!!!!! SKIPPING %s: %s or %s is missing."
                    + " Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver). !!!!!%n%n",
                    what, CHROMIUM, CHROMEDRIVER);
        }
        assumeTrue(present, "chromium and chromedriver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): " + what + " SKIPPED");
    }

    /** A fresh browser whose {@link #screenshot(String) screenshots} go to {@code screenshots}. */
    public static ConsoleBrowser open(Path screenshots) {
        return new ConsoleBrowser(screenshots);
    }

    public void get(String url) {
        driver.get(url);
    }

    /** Fills Keycloak's own login page (its real form ids) and waits to be back, signed in, on the console. */
    public void signIn(String username, String consolePathPrefix) {
        signIn(username, consolePathPrefix, null);
    }

    /** As {@link #signIn(String, String)}, photographing Keycloak's login page first when {@code screenshot} is given. */
    public void signIn(String username, String consolePathPrefix, String screenshot) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        if (screenshot != null) {
            screenshot(screenshot);
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(consolePathPrefix));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public boolean has(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** Waits, up to the browser's patience, for {@code condition}. */
    public <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSRF token of the form on the current page. */
    public String csrfToken() {
        return driver.findElement(By.name("csrf-token")).getDomProperty("value");
    }

    /**
     * A form post made from the current page with the page's session cookie, as a forged request would be:
     * the HTTP status the console answered (redirects not followed). {@code csrfToken} may be null.
     */
    public Object postForm(String path, String csrfToken) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams();
                body.append('reason', 'forged');
                if (arguments[1]) { body.append('csrf-token', arguments[1]); }
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual', credentials: 'same-origin'})
                    .then(r => done(r.status), e => done('failed: ' + e));""", path, csrfToken);
    }

    /** The driver itself, for what the helpers above do not cover (scripts, timeouts, URLs). */
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
