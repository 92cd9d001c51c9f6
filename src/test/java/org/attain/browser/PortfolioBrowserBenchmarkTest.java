package org.attain.browser;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portfolio in a real browser, against the production jar: time to a rendered portfolio (figures, the three
 * charts drawn, the shortfall list and the project grid filled) at 7 and at 10,000 projects, the server's part of
 * it, and the heap each signed-in session keeps on the server (jcmd after a full GC). A harness that prints figures,
 * not a test of them:
 *
 * <pre>
 *   ./mvnw -B -Pbench test -Dtest=PortfolioBrowserBenchmarkTest -Dattain.jar=target/attain.jar
 * </pre>
 *
 * Options: {@code -Dattain.bench.sizes=7,10000} (7 is the seed the demo profile imports; any other number is a
 * generated portfolio of that many projects), {@code -Dattain.bench.sessions=5}, {@code -Dattain.bench.loads=7}, {@code -Dattain.bench.data=DIR} (data
 * directories are kept there and reused: generating 10,000 projects takes minutes). Prints a Markdown table and
 * writes it to {@code target/browser-benchmark.md}.
 */
@Tag("bench")
class PortfolioBrowserBenchmarkTest {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** The portfolio is drawn: charts with their SVG, the grid's first page, the shortfall list's first lines. */
    private static final String RENDERED = """
            const charts = [...document.querySelectorAll('attain-apexchart')];
            const drawn = charts.length === 3 && charts.every(c => c.querySelector('svg')
                || (c.shadowRoot && c.shadowRoot.querySelector('svg')));
            const grid = document.querySelector('#project-grid');
            const rows = grid && !grid.hasAttribute('loading') && grid.querySelectorAll('vaadin-grid-cell-content').length > 16;
            const list = document.querySelector('#shortfall-list');
            const lines = !list || list.querySelectorAll('.attain-shortfall').length > 0;
            return !!(drawn && rows && lines);""";

    @Test
    void portfolio_in_chromium() throws Exception {
        Chromium.requireInstalled();
        int[] sizes = Arrays.stream(
                        System.getProperty("attain.bench.sizes", "7,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        int sessions = Integer.getInteger("attain.bench.sessions", 5);
        int loads = Integer.getInteger("attain.bench.loads", 7);
        Path base = Path.of(System.getProperty("attain.bench.data", "target/browser-bench"));
        List<String> rows = new ArrayList<>();
        rows.add("| projects | rendered in Chromium (median, p95) | server's part (median) | heap per session | "
                + "heap per portfolio view |");
        rows.add("|---|---|---|---|---|");
        for (int n : sizes) {
            rows.add(measure(n, base.toAbsolutePath(), sessions, loads));
        }
        String machine = String.format(
                Locale.ROOT,
                "%n%d cores, load average %s, Java %s, jar %s; %d page loads per size (after one warm-up), %d sessions"
                        + " for the heap.%n",
                Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip(),
                System.getProperty("java.version"),
                RunningJar.jar(),
                loads,
                sessions);
        String table = String.join("\n", rows) + "\n" + machine;
        System.out.println(table);
        Files.writeString(Path.of("target/browser-benchmark.md"), table, StandardCharsets.UTF_8);
    }

    private String measure(int n, Path base, int sessions, int loads) throws Exception {
        Path data = base.resolve("projects-" + n);
        Path generated = data.resolve("generated");
        Files.createDirectories(data);
        if (n > 7 && !Files.exists(generated)) {
            generate(n, data);
            Files.writeString(generated, String.valueOf(n));
        }
        try (RunningJar app =
                RunningJar.start(data, base.resolve("server-" + n + ".log"), "--spring.profiles.active=demo")) {
            ChromeDriver timing = Chromium.start(1366, 768);
            List<ChromeDriver> open = new ArrayList<>();
            try {
                signIn(timing, app);
                List<Double> wall = new ArrayList<>();
                List<Double> server = new ArrayList<>();
                for (int i = 0; i <= loads; i++) {
                    long t = System.nanoTime();
                    timing.get(app.url("/"));
                    awaitRendered(timing);
                    if (i > 0) { // the first load warms the server up
                        wall.add((System.nanoTime() - t) / 1e6);
                        server.add(serverMillis(timing));
                    }
                }
                screenshot(timing, n);
                // away from the portfolio in the same tab, twice: a request of the session removes the UIs of the
                // reloads before it (closed when their page unloaded), which would otherwise be freed mid-measurement
                toAccount(timing);
                timing.get(app.url("/account"));
                toAccount(timing);
                long before = heapAfterGc(app.pid());
                for (int i = 0; i < sessions; i++) {
                    ChromeDriver driver = Chromium.start(1366, 768);
                    open.add(driver);
                    signIn(driver, app);
                    driver.get(app.url("/"));
                    awaitRendered(driver);
                }
                long withPortfolio = heapAfterGc(app.pid());
                histogram(app.pid(), "target/histogram-" + n + "-portfolio.txt");
                for (ChromeDriver driver : open) {
                    toAccount(driver);
                }
                long withAccount = heapAfterGc(app.pid());
                histogram(app.pid(), "target/histogram-" + n + "-account.txt");
                return String.format(
                        Locale.ROOT,
                        "| %d | %.0f ms, %.0f ms | %.0f ms | %d KB | %d KB |",
                        n,
                        percentile(wall, 0.5),
                        percentile(wall, 0.95),
                        percentile(server, 0.5),
                        (withPortfolio - before) / 1024 / sessions,
                        (withPortfolio - withAccount) / 1024 / sessions);
            } finally {
                timing.quit();
                open.forEach(ChromeDriver::quit);
            }
        }
    }

    /**
     * The rendered portfolio as the leader first sees it (1366 × 768) and down to its end (1366 × 5000), to {@code
     * target/portfolio-N.png} and {@code target/portfolio-N-full.png}.
     */
    private static void screenshot(ChromeDriver driver, int n) throws Exception {
        Files.write(Path.of("target/portfolio-" + n + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Chromium.viewport(driver, 1366, 5000);
        Thread.sleep(1500); // the charts redraw at the new size
        Files.write(Path.of("target/portfolio-" + n + "-full.png"), driver.getScreenshotAs(OutputType.BYTES));
        Chromium.viewport(driver, 1366, 768);
    }

    /** {@code attain generate --projects n} on a fresh data directory (the seed is then not imported: n in all). */
    private static void generate(int n, Path data) throws Exception {
        Process p = new ProcessBuilder(
                        RunningJar.java(),
                        "-jar",
                        RunningJar.jar().toString(),
                        "generate",
                        "--projects",
                        String.valueOf(n),
                        "--seed",
                        "7",
                        "--attain.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(new File(data.toFile(), "../generate-" + n + ".log"))
                .start();
        if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("generate failed, see generate-" + n + ".log");
        }
    }

    private static void signIn(ChromeDriver driver, RunningJar app) {
        driver.get(app.url("/login"));
        WebElement user = new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        user.sendKeys("leader");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-password-field input"))
                .sendKeys("demo-password\n");
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** To the account page in the same tab and UI, as a click on a link does: the portfolio view is let go. */
    private static void toAccount(ChromeDriver driver) {
        driver.executeScript("const a = document.createElement('a'); a.href = 'account';"
                + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click();");
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElements(By.id("project-grid")).isEmpty()
                        && Boolean.TRUE.equals(driver.executeScript("return location.pathname.endsWith('/account');")));
    }

    /** The server's heap by class ({@code jcmd GC.class_histogram}), for a diff between two states. */
    private static void histogram(long pid, String file) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram")
                .redirectOutput(new File(file))
                .start()
                .waitFor();
    }

    private static void awaitRendered(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(20))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(RENDERED)));
    }

    /** The longest wait for the server among the page's Vaadin requests (request sent to first byte). */
    private static double serverMillis(ChromeDriver driver) {
        Object ms = driver.executeScript("return Math.max(0, ...performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('v-r=')).map(e => e.responseStart - e.requestStart));");
        return ((Number) ms).doubleValue();
    }

    private static long heapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (int i = 0; i < 3; i++) { // and the references the first collection found
            new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").start().waitFor();
            Thread.sleep(300);
        }
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = USED.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure from jcmd: " + out);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
    }
}
