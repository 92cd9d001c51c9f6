package org.attain.browser;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and ChromeDriver, headless. Missing: skipped with a message, except under CI=true. */
final class Chromium {

    static final File BROWSER = new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final File DRIVER = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {}

    static void requireInstalled() {
        boolean present = BROWSER.canExecute() && DRIVER.canExecute();
        String message = "Browser tests need Chromium and ChromeDriver (" + BROWSER + ", " + DRIVER
                + "): apt-get install chromium chromium-driver";
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message + " — they are required under CI=true");
        }
        Assumptions.assumeTrue(present, "SKIPPED: " + message);
    }

    static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--run-all-compositor-stages-before-draw",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--window-size=" + width + "," + height);
        // the console's messages, read back by PageAudit
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Sizes the window so that the page itself (the viewport, without the window's frame) is width × height. */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        @SuppressWarnings("unchecked")
        java.util.List<Long> inner =
                (java.util.List<Long>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        driver.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(
                        width + width - inner.get(0).intValue(),
                        height + height - inner.get(1).intValue()));
    }
}
