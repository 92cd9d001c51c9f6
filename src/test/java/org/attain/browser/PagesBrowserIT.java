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
        // the demo profile gives the seed projects 1-6月 actuals, so that lights, charts and shortfalls show
        app = RunningJar.start(work.resolve("data"), work.resolve("app.log"), "--spring.profiles.active=demo");
        browser = Chromium.start(1366, 900);
        signIn("officer");
    }

    /** Signs in through the login form, as a person would. */
    static void signIn(String user) {
        browser.get(app.url("/login"));
        WebElement name = new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        name.sendKeys(user);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form vaadin-password-field input"));
        password.sendKeys("demo-password");
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @Test
    void every_view_and_download_sends_an_anonymous_browser_to_the_login_page() throws Exception {
        for (String path : List.of(
                "/",
                "/import",
                "/reports",
                "/audit",
                "/users",
                "/account",
                "/meeting",
                "/projects/1",
                "/projects/1/actuals",
                "/projects/1/indicators/1",
                "/projects/1/self-evaluation")) {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection)
                    java.net.URI.create(app.url(path)).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            assertThat(c.getResponseCode()).as(path).isEqualTo(302);
            assertThat(c.getHeaderField("Location")).as(path).endsWith("/login");
        }
        browser.get(app.url("/projects/1"));
        WebElement link = waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("download-targets")));
        java.net.HttpURLConnection download = (java.net.HttpURLConnection)
                java.net.URI.create(link.getAttribute("href")).toURL().openConnection();
        download.setInstanceFollowRedirects(false);
        // without the session's cookie the link serves nothing: a redirect to the login, a refusal, or (with the
        // session-bound resource unknown to an anonymous request) not found; never the workbook
        assertThat(download.getResponseCode())
                .as("a download link without the session's cookie")
                .isIn(302, 401, 403, 404);
        assertThat(download.getHeaderField("Content-Disposition"))
                .as("no attachment for an anonymous request")
                .isNull();
        ChromeDriver anonymous = Chromium.start(1366, 900);
        try {
            anonymous.get(app.url("/reports"));
            new WebDriverWait(anonymous, Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
            assertThat(anonymous.getCurrentUrl()).endsWith("/login");
            Files.write(
                    Path.of(System.getProperty("attain.screenshots", "target/screenshots"))
                            .resolve("login.png"),
                    anonymous.getScreenshotAs(OutputType.BYTES));
        } finally {
            anonymous.quit();
        }
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

    /** Clicks as a user would, also when a sticky header or the loading bar overlaps the element for a moment. */
    private static void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("attain.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void portfolio_shows_lights_charts_and_shortfalls() throws Exception {
        browser.get(app.url("/"));
        for (String chart : List.of("execution-chart", "lights-chart", "heat-chart")) {
            waitUpTo(90)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("attain-apexchart#" + chart + " svg.apexcharts-svg")));
        }
        assertThat(browser.findElements(By.cssSelector("#execution-chart .apexcharts-bar-area")))
                .hasSize(7);
        assertThat(browser.findElements(By.cssSelector("#heat-chart .apexcharts-heatmap-rect")))
                .hasSize(49); // 7 projects × 6 categories and the budget
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("2025年度 · 1-6月绩效运行监控");
        assertThat(browser.findElement(By.id("shortfalls")).getText())
                .contains("红：1-6月执行 35万元，执行率 29.17%，低于序时进度 50%")
                .contains("红：1-6月2025年春节慰问人数 540人，未完成目标 ≥ 574人（完成 94.1%，应于春节前（1月28日）全部完成）")
                .contains("绿：1-6月慰问对象满意度 93%，在容差内（目标 ≥ 95%，完成 97.9%）");
        assertThat(browser.findElement(By.id("demo-badge")).getText()).isEqualTo("演示数据");
        Thread.sleep(500);
        screenshot("portfolio");
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}, {390, 844}}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
            Thread.sleep(800);
            screenshot("portfolio-" + size[0] + "x" + size[1]);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }

    @Test
    void drill_down_from_portfolio_to_project_to_indicator_and_back() throws Exception {
        browser.get(app.url("/"));
        click(waitUpTo(90).until(ExpectedConditions.presenceOfElementLocated(By.linkText("鄂州市劳模春节慰问专项资金"))));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "鄂州市劳模春节慰问专项资金"));
        assertThat(browser.getCurrentUrl()).matches(".*/projects/[0-9]+$");
        for (String chart : List.of("budget-gauge", "bullet-chart")) {
            waitUpTo(60)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("attain-apexchart#" + chart + " svg.apexcharts-svg")));
        }
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "51.66万元"));
        Thread.sleep(500);
        screenshot("project");
        click(browser.findElement(By.linkText("2025年春节慰问人数")));
        waitUpTo(30)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("attain-apexchart#history-chart svg.apexcharts-svg")));
        assertThat(browser.getCurrentUrl()).matches(".*/projects/[0-9]+/indicators/[0-9]+\\?checkpoint=2025-06$");
        assertThat(browser.findElement(By.id("current-sentence")).getText()).contains("540人，未完成目标 ≥ 574人");
        Thread.sleep(500);
        screenshot("indicator");
        browser.navigate().back();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "鄂州市劳模春节慰问专项资金"));
        browser.navigate().back();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "2025年度 · 1-6月绩效运行监控"));
        browser.navigate().forward();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "鄂州市劳模春节慰问专项资金"));
    }

    @Test
    void a_view_the_role_may_not_open_explains_itself_inside_the_shell_and_leads_back() {
        signIn("officer");
        browser.get(app.url("/users"));
        WebElement page = waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertThat(page.getText()).contains("/users").doesNotContain("Could not navigate");
        // the title stands in the shell's header, the page's one h1
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "页面不存在或无权访问"));
        click(browser.findElement(By.id("not-found-home")));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "2025年度 · 1-6月绩效运行监控"));
        browser.get(app.url("/no-such-page"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "页面不存在或无权访问"));
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
    }

    @Test
    void the_entry_form_shows_lights_as_values_are_typed() throws Exception {
        signIn("owner");
        browser.get(app.url("/"));
        click(waitUpTo(90).until(ExpectedConditions.presenceOfElementLocated(By.linkText("鄂州市劳模帮扶专项资金"))));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "鄂州市劳模帮扶专项资金"));
        click(waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("enter-actuals"))));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("budget-entry")));
        assertThat(browser.findElements(By.id("read-only"))).isEmpty();
        assertThat(browser.findElement(By.id("save-actuals")).isEnabled()).isTrue();
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("鄂州市劳模帮扶专项资金 · 1-6月执行情况填报");
        Thread.sleep(500);
        screenshot("actuals");
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
        int exit = RunningJar.command(
                out,
                err,
                "import-targets",
                seed.toString(),
                "--dry-run",
                "--attain.data-dir=" + work.resolve("cli-data"));
        assertThat(exit).as(Files.readString(err.toPath())).isZero();
        String json = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"projects\":[").contains("\"name\":\"企业家疗休养专项资金\"");

        Path notes = work.resolve("notes.txt");
        Files.writeString(notes, "只是一段文字\n");
        exit = RunningJar.command(
                out, err, "import-targets", notes.toString(), "--attain.data-dir=" + work.resolve("cli-data"));
        assertThat(exit).isEqualTo(2);
        assertThat(Files.readString(err.toPath())).contains("notes.txt").contains("文件中没有可导入的项目");
    }
}
