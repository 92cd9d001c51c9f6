package org.attain.portfolio;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.attain.AttainSpringTest;
import org.attain.generator.PortfolioGenerator;
import org.attain.generator.StatementCount;
import org.attain.importing.TargetImportService;
import org.attain.monitoring.bulk.ActualsImportService;
import org.attain.security.SystemIdentity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write harness (issue 16, not part of ./mvnw verify): {@code ./mvnw -Pbench test -Dtest=WriteBenchmarkTest}. On
 * the embedded MariaDB it generates a portfolio of {@code bench.projects} (default 1,000) projects, judges all of them
 * again into the status table, imports an approval document of 1,001 projects and an actuals file of 10,000 rows — each
 * one transaction including the status refresh — and prints wall time, the CPU time of this JVM and of the database
 * server, the statements and the machine's load for each. The machine is shared: compare CPU times.
 */
@Tag("bench")
@AttainSpringTest
class WriteBenchmarkTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    TargetImportService targets;

    @Autowired
    ActualsImportService actuals;

    @Autowired
    StatusTable table;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        SystemIdentity.enter();
        StatementCount count = new StatementCount(jdbc);
        int n = Integer.getInteger("bench.projects", 1000);
        int current = jdbc.sql("SELECT COUNT(*) FROM project WHERE budget_year = 2025")
                .query(Integer.class)
                .single();
        measure(
                "generate " + (n - current) + " projects with 6 months of actuals",
                count,
                () -> generator.generate(n - current, 1, n, 2025, 6));
        // -Dbench.only=actuals: after generating, only the actuals file (quick iterations on the import)
        boolean everything = !"actuals".equals(System.getProperty("bench.only"));
        if (everything) {
            measureDocuments(count);
        }
        byte[] file = actualsFile(10_000);
        measure("import actuals file, 10000 rows (2025-09)", count, () -> actuals.store("bench-actuals.csv", file)
                .lines()
                .size());
        List<String> differences = table.differences(2025);
        rows.add("| status table against a fresh judgement | " + differences.size() + " differences | | | | |");
        System.out.println(String.join("\n", rows));
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "write-bench.md"), String.join("\n", rows));
    }

    private void measureDocuments(StatementCount count) throws Exception {
        List<Long> all = jdbc.sql("SELECT id FROM project WHERE budget_year = 2025")
                .query(Long.class)
                .list();
        measure("judge " + all.size() + " projects again (status refresh alone)", count, () -> new TransactionTemplate(
                        transactions)
                .execute(t -> {
                    table.refresh(all);
                    return all.size();
                }));
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder doc = new StringBuilder();
        for (int copy = 0; copy < 143; copy++) {
            doc.append(seed.replaceAll("(项目名称\t)([^\t\n]+)", "$1$2（副本" + copy + "）"));
        }
        byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
        measure("read and check that document alone (the parser, no database)", count, () -> targets.read(
                        "bench-1001.txt", bytes)
                .document()
                .projects()
                .size());
        measure(
                "import approval document, 1001 new projects (" + bytes.length / 1024 + " KB)",
                count,
                () -> targets.importDocument("bench-1001.txt", bytes).projects().size());
        measure(
                "import the same approval document again (no change)",
                count,
                () -> targets.importDocument("bench-1001.txt", bytes).projects().size());
    }

    private byte[] actualsFile(int size) {
        List<String[]> indicators = jdbc.sql("""
                SELECT p.name, i.name FROM indicator i JOIN project p ON p.id = i.project_id
                WHERE p.name LIKE '生成项目%' AND p.budget_year = 2025 AND i.goal_table = 'ANNUAL'
                ORDER BY i.id LIMIT :size""")
                .param("size", size)
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
                    .append(v);
            csv.append(",确定能,其他,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void measure(String what, StatementCount count, Supplier<Object> action) {
        settle();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long statements = count.now();
        Map<String, Long> kinds = kinds();
        long cpu = jvmCpu();
        long db = databaseCpu();
        long t = System.nanoTime();
        Object result = action.get();
        long wall = System.nanoTime() - t;
        long jvm = jvmCpu() - cpu;
        long server = databaseCpu() - db;
        String row = String.format(
                Locale.ROOT,
                "| %s | %.0f ms | JVM CPU %.0f ms, database CPU %.0f ms | %d statements | load %.1f | %s |",
                what,
                wall / 1e6,
                jvm / 1e6,
                server / 1e6,
                count.now() - statements - 1,
                load,
                result);
        rows.add(row);
        System.out.println("BENCH " + row);
        Map<String, Long> after = kinds();
        StringBuilder detail = new StringBuilder("BENCH   by kind:");
        after.forEach((k, v) -> {
            long d = v - kinds.getOrDefault(k, 0L);
            if (d > 0) {
                detail.append(' ').append(k).append('=').append(d);
            }
        });
        System.out.println(detail);
    }

    /** The server's counters of statements by kind and of rows written, read and deleted. */
    private Map<String, Long> kinds() {
        Map<String, Long> kinds = new TreeMap<>();
        jdbc.sql("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert', 'Com_update', 'Com_delete',"
                        + " 'Com_stmt_execute', 'Com_stmt_prepare', 'Com_stmt_close', 'Com_commit', 'Com_rollback',"
                        + " 'Handler_write', 'Handler_update', 'Handler_delete', 'Handler_read_rnd_next',"
                        + " 'Handler_read_key', 'Handler_read_next')")
                .query((rs, n) -> kinds.put(rs.getString(1), rs.getLong(2)))
                .list();
        return kinds;
    }

    private static long jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The CPU time of the embedded database server (a child process of this JVM), or 0 when it is not one. */
    /**
     * Waits (up to a minute) until the database server is idle: InnoDB purges what the last step deleted and flushes
     * what it wrote after its commit, and that would otherwise be counted in the next step.
     */
    private static void settle() {
        long start = System.nanoTime();
        for (int i = 0; i < 120; i++) {
            long before = databaseCpu();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (databaseCpu() - before < 25_000_000L) { // under 5% of one core
                break;
            }
        }
        System.out.printf(Locale.ROOT, "BENCH   database settled in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static long databaseCpu() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").contains("mariadbd"))
                .mapToLong(
                        p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos())
                .sum();
    }
}
