package org.attain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The production jar in real Chromium: pages render, ApexCharts draws its SVG; screenshots in target/screenshots. */
class PagesBrowserIT {

    static Path work;
    static RunningJar app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        work = Files.createTempDirectory("attain-browser");
        app = RunningJar.start(work.resolve("data"), work.resolve("app.log"));
        browser = Chromium.start(1366, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("attain.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void portfolio_shows_the_seed_projects_and_the_budget_chart_renders() throws Exception {
        browser.get(app.url("/"));
        waitUpTo(90).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("attain-apexchart#budget-chart svg.apexcharts-svg")));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "协理员专项补助"));
        List<WebElement> bars = browser.findElements(By.cssSelector("#budget-chart .apexcharts-bar-area"));
        assertThat(bars).hasSize(7);
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("2025年度项目总览");
        assertThat(browser.getTitle()).contains("项目总览");
        Thread.sleep(500);
        screenshot("portfolio");
    }

    @Test
    void a_project_page_shows_its_indicator_tables() throws Exception {
        browser.get(app.url("/"));
        WebElement link = waitUpTo(90).until(ExpectedConditions.elementToBeClickable(
                By.linkText("鄂州市劳模春节慰问专项资金")));
        link.click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "鄂州市劳模春节慰问专项资金"));
        assertThat(browser.getCurrentUrl()).matches(".*/projects/[0-9]+$");
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "51.66万元"));
        screenshot("project");
        browser.navigate().back();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "2025年度项目总览"));
    }

    @Test
    void the_import_page_offers_upload_and_template() throws Exception {
        browser.get(app.url("/import"));
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("approval-upload")));
        assertThat(browser.findElement(By.id("download-template")).getText()).isEqualTo("下载空白 Excel 模板");
        screenshot("import");
    }

    @Test
    void the_command_line_imports_without_a_web_server() throws Exception {
        File out = work.resolve("out.json").toFile();
        File err = work.resolve("err.txt").toFile();
        Path seed = work.resolve("approval.txt");
        try (var in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            Files.write(seed, in.readAllBytes());
        }
        int exit = RunningJar.command(out, err, "import-targets", seed.toString(), "--dry-run",
                "--attain.data-dir=" + work.resolve("cli-data"));
        assertThat(exit).as(Files.readString(err.toPath())).isZero();
        String json = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"projects\":[").contains("\"name\":\"企业家疗休养专项资金\"");

        Path notes = work.resolve("notes.txt");
        Files.writeString(notes, "只是一段文字\n");
        exit = RunningJar.command(out, err, "import-targets", notes.toString(),
                "--attain.data-dir=" + work.resolve("cli-data"));
        assertThat(exit).isEqualTo(2);
        assertThat(Files.readString(err.toPath())).contains("notes.txt").contains("no project found");
    }
}
