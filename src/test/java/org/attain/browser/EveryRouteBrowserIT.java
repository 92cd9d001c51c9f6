package org.attain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every route as every role at 1366×768 in the production jar (issue 18's "done when"): no sideways scrolling of the
 * main content, no English word in the Chinese interface outside data, no console error, no serious or critical
 * axe-core violation. A route a role may not open shows the friendly page in the shell, which is checked the same way.
 * The meeting on a projector turns its slide on →.
 */
class EveryRouteBrowserIT {

    static final String UNKNOWN = "/no-such-page";
    static final List<String> ROLES = List.of("leader", "owner", "officer", "admin");
    static final List<String> ROUTES = List.of(
            "/",
            "/projects/1",
            "/projects/1/indicators/1",
            "/projects/1/actuals",
            "/projects/1/self-evaluation",
            "/projects/1/review",
            "/meeting",
            "/reports",
            "/import",
            "/rounds",
            "/rounds/completion",
            "/scoring",
            "/adjustments",
            "/warnings",
            "/department",
            "/audit",
            "/users",
            "/account",
            UNKNOWN);

    static Path work;
    static RunningJar app;
    /** A server already running with the demo profile (-Dattain.browser.url=http://…), else the jar started here. */
    static String base = System.getProperty("attain.browser.url", "");

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        if (base.isEmpty()) {
            work = Files.createTempDirectory("attain-routes");
            app = RunningJar.start(work.resolve("data"), work.resolve("app.log"), "--spring.profiles.active=demo");
            base = app.url("");
        }
    }

    static String url(String path) {
        return base + path;
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    static ChromeDriver signedIn(String user, int width, int height) {
        ChromeDriver browser = Chromium.start(width, height);
        browser.get(url("/login"));
        Chromium.viewport(browser, width, height);
        WebElement name = new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        name.sendKeys(user);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form vaadin-password-field input"));
        password.sendKeys("demo-password");
        password.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return browser;
    }

    @Test
    void every_route_as_every_role_fits_1366x768_speaks_chinese_logs_no_error_and_passes_axe() throws Exception {
        List<String> findings = new ArrayList<>();
        ChromeDriver anonymous = Chromium.start(1366, 768);
        try {
            anonymous.get(url("/login"));
            Chromium.viewport(anonymous, 1366, 768);
            for (String path : List.of("/login", "/setup")) {
                anonymous.get(url(path));
                PageAudit.awaitSettled(anonymous).forEach(f -> findings.add("anonymous " + path + ": " + f));
                PageAudit.findings(anonymous).forEach(f -> findings.add("anonymous " + path + ": " + f));
            }
        } finally {
            anonymous.quit();
        }
        for (String role : ROLES) {
            ChromeDriver browser = signedIn(role, 1366, 768);
            try {
                PageAudit.consoleErrors(browser).forEach(f -> findings.add(role + " signing in: " + f));
                for (String path : ROUTES) {
                    browser.get(url(path));
                    PageAudit.awaitSettled(browser).forEach(f -> findings.add(role + " " + path + ": " + f));
                    String self = "a console error: " + url(path) + " - Failed to load resource";
                    PageAudit.findings(browser).stream()
                            // an address that is no page answers with its status, which the console reports
                            .filter(f -> !(path.equals(UNKNOWN) && f.startsWith(self)))
                            .forEach(f -> findings.add(role + " " + path + ": " + f));
                    if (role.equals("leader") && path.equals("/projects/1")) {
                        screenshot(browser, "project-1366x768");
                    }
                    if (List.of("/", "/projects/1", "/projects/1/indicators/1").contains(path)) {
                        assertThat(browser.findElements(By.id("not-found")))
                                .as(role + " opens " + path)
                                .isEmpty();
                    }
                }
            } finally {
                browser.quit();
            }
        }
        Path report = Path.of(System.getProperty("attain.screenshots", "target/screenshots"), "page-audit.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, findings);
        assertThat(findings).as(String.join("\n", findings)).isEmpty();
    }

    @Test
    void the_meeting_on_a_projector_turns_to_the_next_slide_on_the_right_arrow() throws Exception {
        ChromeDriver browser = signedIn("officer", 1920, 1080);
        try {
            browser.get(url("/meeting"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            WebElement agenda = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
            String first = agenda.findElement(By.cssSelector("vaadin-button")).getText();
            String counter = browser.findElement(By.id("slide-counter")).getText();
            assertThat(counter).startsWith("1 / ");
            PageAudit.awaitSettled(browser);
            browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("slide-counter"), "2 / " + counter.substring(4)));
            assertThat(browser.getCurrentUrl()).contains("slide=1");
            WebElement h1 = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#slide h1")));
            assertThat(first).contains(h1.getText());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("slide-budget")));
            assertThat(PageAudit.awaitSettled(browser)).isEmpty();
            assertThat(PageAudit.findings(browser)).isEmpty();
            screenshot(browser, "meeting-1920x1080");
            browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("slide-counter"), "1 / "));
        } finally {
            browser.quit();
        }
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Path.of(System.getProperty("attain.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
