package org.attain.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attain.AttainSpringTest;
import org.attain.dashboard.ui.PortfolioView;
import org.attain.dashboard.ui.ProjectView;
import org.attain.generator.PortfolioGenerator;
import org.attain.generator.StatementCount;
import org.attain.importing.TargetImportService;
import org.attain.monitoring.bulk.ActualsImportService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark harness (not part of ./mvnw verify): ./mvnw -Pbench verify. On the real embedded MariaDB it grows
 * the portfolio from the 7 seed projects to 1,000 and 10,000, measures server-side renders, the bare SQL floor,
 * statements per render, retained heap per UI, imports and start-up, prints a table and writes it to target/portfolio-benchmark.md.
 */
@Tag("bench")
@AttainSpringTest
class PortfolioBenchmarkTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.attain");
    private static final Checkpoint AT = new Checkpoint(2025, 6);
    private static final int RENDERS = Integer.getInteger("bench.renders", 15);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    TargetImportService targets;

    @Autowired
    ActualsImportService actuals;

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        StatementCount count = new StatementCount(jdbc);
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "7,1000,10000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int current = projects();
        for (int n : sizes) {
            if (n > current) {
                long t = System.nanoTime();
                generator.generate(n - current, 1, n, 2025, 6);
                rows.add(row(
                        "generate " + (n - current) + " projects (batch insert)", ms(System.nanoTime() - t), "", ""));
                current = projects();
            }
            measureAt(current, count);
        }
        importBenchmarks();
        startup();
        report();
    }

    private void measureAt(int n, StatementCount count) {
        setUpUi();
        try {
            long projectId = jdbc.sql("SELECT MIN(id) FROM project WHERE budget_year = 2025")
                    .query(Long.class)
                    .single();
            Runnable portfolio = () -> UI.getCurrent()
                    .navigate(PortfolioView.class, QueryParameters.simple(Map.of("checkpoint", AT.iso())));
            Runnable project = () -> UI.getCurrent()
                    .navigate(ProjectView.class, projectId, QueryParameters.simple(Map.of("checkpoint", AT.iso())));
            Runnable floor = () -> jdbc.sql("""
                    SELECT p.id, i.id, i.target_value, i.progress_profile, a.actual_value, a.actual_level, b.executed
                    FROM project p JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL'
                    LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = 2025 AND a.checkpoint_month = 6
                    LEFT JOIN budget_execution b ON b.project_id = p.id AND b.checkpoint_year = 2025 AND b.checkpoint_month = 6
                    WHERE p.budget_year = 2025""").query().listOfRows();
            portfolio.run();
            if (com.github.mvysny.kaributesting.v10.LocatorJ._find(PortfolioView.class)
                    .isEmpty()) {
                throw new IllegalStateException("the portfolio did not render: not signed in?");
            }
            double[] p = time(portfolio);
            double[] f = time(floor);
            double[] pr = time(project);
            long sp = count.during(portfolio);
            long spr = count.during(project);
            rows.add(row(
                    "portfolio render, N=" + n,
                    fmt(p),
                    "floor " + fmt(f) + ", ratio " + String.format(Locale.ROOT, "%.1f", p[0] / f[0]),
                    sp + " statements"));
            rows.add(row("project render, N=" + n, fmt(pr), "", spr + " statements"));
            {
                int uis = n <= 10 ? 100 : n <= 1000 ? 20 : 10;
                rows.add(row(
                        "retained heap per portfolio UI, N=" + n,
                        kb(heapPerUi(portfolio, uis)),
                        uis + " UIs, forced GC",
                        ""));
            }
        } finally {
            MockVaadin.tearDown();
        }
    }

    private void setUpUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        org.attain.KaribuTest.login("officer", org.attain.security.Role.PERFORMANCE_OFFICER);
    }

    private double heapPerUi(Runnable portfolio, int uis) {
        MockVaadin.tearDown();
        List<Object> keep = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < uis; i++) {
            setUpUi();
            portfolio.run();
            keep.add(UI.getCurrent());
            keep.add(com.vaadin.flow.server.VaadinSession.getCurrent());
        }
        long after = usedAfterGc();
        double perUi = (after - before) / (double) uis;
        keep.clear();
        return perUi;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void importBenchmarks() throws IOException {
        // the imports run as the system (as a command without --as does), not as the last signed-in UI user
        org.attain.security.SystemIdentity.enter();
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder doc = new StringBuilder();
        for (int copy = 0; copy < 143; copy++) {
            int c = copy;
            doc.append(seed.replaceAll("(项目名称\t)([^\t\n]+)", "$1$2（副本" + c + "）"));
        }
        byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
        long t = System.nanoTime();
        var result = targets.importDocument("bench-1001.txt", bytes);
        rows.add(row(
                "import approval document, " + result.projects().size() + " projects (" + bytes.length / 1024 + " KB)",
                ms(System.nanoTime() - t),
                "one transaction",
                ""));
        List<String[]> indicators = jdbc.sql("""
                SELECT p.name, i.name FROM indicator i JOIN project p ON p.id = i.project_id
                WHERE p.name LIKE '生成项目%' AND p.budget_year = 2025 ORDER BY i.id LIMIT 10000""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        StringBuilder csv = new StringBuilder(
                "project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action\n");
        for (String[] i : indicators) {
            boolean qualitative = i[1].equals("发放足额及时") || i[1].equals("提升工作水平");
            boolean percent = i[1].contains("率") || i[1].contains("知晓度") || i[1].contains("满意度");
            String v =
                    qualitative ? "达成" : percent ? "98" : i[1].equals("总成本") ? "1" : i[1].equals("慰问标准") ? "500" : "60";
            csv.append(i[0])
                    .append(',')
                    .append(i[1])
                    .append(",2025-09,")
                    .append(v)
                    .append(',')
                    .append(v)
                    .append(",确定能,其他,\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        t = System.nanoTime();
        var report = actuals.store("bench-actuals.csv", file);
        rows.add(row(
                "import actuals file, " + report.lines().size() + " rows",
                ms(System.nanoTime() - t),
                "one transaction",
                ""));
    }

    private void startup() throws Exception {
        Path jar = Path.of("target/attain.jar");
        if (!Files.isRegularFile(jar)) {
            rows.add(row(
                    "start-up of the production jar",
                    "not measured",
                    "build it first: ./mvnw -Pproduction package",
                    ""));
            return;
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("attain-bench-start");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--attain.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("log.txt").toFile())
                .start();
        try {
            boolean answered = false;
            while (!answered && System.nanoTime() - t < 180_000_000_000L) {
                try {
                    HttpURLConnection c = (HttpURLConnection)
                            URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
                    answered = c.getResponseCode() == 200;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            // a jar that never answers (not a production build, a failed start) is reported, not timed
            rows.add(row(
                    "start-up of the production jar to the first page (fresh embedded DB)",
                    answered ? ms(System.nanoTime() - t) : "no first page within 180 s",
                    answered ? "includes MariaDB install + seed import" : "see " + data.resolve("log.txt"),
                    ""));
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private int projects() {
        return jdbc.sql("SELECT COUNT(*) FROM project WHERE budget_year = 2025")
                .query(Integer.class)
                .single();
    }

    private double[] time(Runnable action) {
        action.run();
        action.run();
        double[] samples = new double[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            long t = System.nanoTime();
            action.run();
            samples[i] = (System.nanoTime() - t) / 1_000_000.0;
        }
        Arrays.sort(samples);
        return new double[] {samples[RENDERS / 2], samples[(int) Math.ceil(RENDERS * 0.95) - 1]};
    }

    private static String fmt(double[] medianP95) {
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", medianP95[0], medianP95[1]);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1_000_000.0);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024);
    }

    private static String row(String what, String result, String detail, String statements) {
        String row = "| " + what + " | " + result + " | " + detail + " | " + statements + " |";
        System.out.println("BENCH " + row);
        return row;
    }

    private void report() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append(
                        "Measured by `PortfolioBenchmarkTest` on the embedded MariaDB: `./mvnw -Pproduction package -DskipTests && ")
                .append("./mvnw -Pbench test`.\n\n");
        md.append("Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(Runtime.getRuntime().maxMemory() / 1024 / 1024)
                .append(" MB max heap, Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append(". Renders are server side (Karibu, no browser), ")
                .append(RENDERS)
                .append(" renders after 2 warm-up renders.\n\n");
        md.append("| what | result | detail | SQL statements |\n|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        System.out.println(md);
        // docs/benchmarks.md is written by hand from such tables (several harnesses feed it): this one goes to target/
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/portfolio-benchmark.md"), md.toString());
    }
}
