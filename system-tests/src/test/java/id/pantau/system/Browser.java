package id.pantau.system;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through Debian's chromedriver (no Selenium Manager, nothing
 * downloaded), one fresh profile per person so two people never share a session cookie. Screenshots go
 * to system-tests/target/screenshots, kept as build artifacts.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("pantau.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("pantau.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("pantau.root", "..")).toAbsolutePath().normalize()
            .resolve("system-tests/target/screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final ChromeDriver driver;
    final WebDriverWait wait;

    private Browser() {
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

    /** Skips the calling test class, loudly, where the browser packages are not installed. */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.printf("%n!!!!! SKIPPING the console system test in a browser: %s or %s is missing."
                    + " Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver). !!!!!%n%n",
                    CHROMIUM, CHROMEDRIVER);
        }
        assumeTrue(present, "chromium and chromedriver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): browser system test SKIPPED");
    }

    static Browser open() {
        return new Browser();
    }

    void get(String url) {
        driver.get(url);
    }

    /** Fills Keycloak's own login page (its real form ids) and waits to be back, signed in, on the console. */
    void signIn(String username, String consolePathPrefix, String screenshot) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        screenshot(screenshot);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(consolePathPrefix));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    boolean has(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
