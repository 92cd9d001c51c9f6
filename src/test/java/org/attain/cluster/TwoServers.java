package org.attain.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.attain.Application;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.StoredInputs;
import org.attain.project.DepartmentTree;
import org.attain.project.ProjectService;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewService;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Attain servers on one throwaway database of the MariaDB server, as behind a load balancer, started together;
 * the second connects through a {@code jdbc:mariadb:sequential:} address whose first host is down, as a server of a
 * Galera cluster may. With what the two-server tests do on them: read a form, save an actual, waive review items.
 */
final class TwoServers implements AutoCloseable {

    static final String PROJECT = "鄂州市劳模春节慰问专项资金";
    static final String INDICATOR = "2025年春节慰问人数";

    final ConfigurableApplicationContext a;
    final ConfigurableApplicationContext b;
    private final ThrowawayDatabase database;

    private TwoServers(ThrowawayDatabase database, ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.database = database;
        this.a = a;
        this.b = b;
    }

    /** Starts both at once on a new database named from {@code prefix}; skips the test when no MariaDB answers. */
    static TwoServers start(String prefix) throws Exception {
        Optional<ThrowawayDatabase> db = ThrowawayDatabase.create(prefix);
        assumeTrue(
                db.isPresent(),
                "No MariaDB server answers at " + ThrowawayDatabase.SERVER
                        + ": the two-server tests need one (see .ci/run)");
        ThrowawayDatabase database = db.get();
        CompletableFuture<ConfigurableApplicationContext> first =
                CompletableFuture.supplyAsync(() -> node("a", database.url()));
        // as with a Galera cluster: the first host that answers (here the first is down) takes every connection
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(
                () -> node("b", database.url().replace("jdbc:mariadb://", "jdbc:mariadb:sequential://127.0.0.1:1,")));
        try {
            return new TwoServers(database, first.get(), second.get());
        } catch (Exception failed) {
            for (CompletableFuture<ConfigurableApplicationContext> started : List.of(first, second)) {
                try {
                    started.get().close();
                } catch (Exception notStarted) {
                    // this one failed: nothing to close
                }
            }
            database.close();
            throw failed;
        }
    }

    private static ConfigurableApplicationContext node(String name, String url) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test", "demo")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--attain.node-name=" + name);
    }

    @Override
    public void close() throws Exception {
        a.close();
        b.close();
        database.close();
    }

    static <T> T bean(ConfigurableApplicationContext node, Class<T> type) {
        return node.getBean(type);
    }

    /** The officer waives every open item of the checkpoint, so that it may be locked (a round needs none open). */
    static void waiveAll(ConfigurableApplicationContext node, Checkpoint at) {
        waive(
                node,
                at,
                bean(node, JdbcClient.class)
                        .sql("SELECT id FROM project WHERE budget_year = :y")
                        .param("y", at.year())
                        .query(Long.class)
                        .list());
    }

    /** The officer waives every open item of these projects at the checkpoint. */
    static void waive(ConfigurableApplicationContext node, Checkpoint at, List<Long> projectIds) {
        SystemIdentity.run(() -> {
            ReviewService reviews = bean(node, ReviewService.class);
            for (long id : projectIds) {
                List<ItemKey> open = reviews.items(id, at).stream()
                        .filter(i -> i.state() == null || !i.state().isSettled())
                        .map(ReviewItem::key)
                        .toList();
                if (!open.isEmpty()) {
                    reviews.waive(id, at, open, "two-server test");
                }
            }
        });
    }

    static long project(ConfigurableApplicationContext node) {
        return bean(node, ProjectService.class)
                .findExisting("鄂州市总工会", 2025, PROJECT)
                .orElseThrow()
                .getId();
    }

    static EntryRow row(ConfigurableApplicationContext node, Checkpoint at) {
        return SystemIdentity.call(() -> bean(node, MonitoringService.class).sheet(project(node), at)).rows().stream()
                .filter(r -> r.indicator().getName().equals(INDICATOR))
                .findFirst()
                .orElseThrow();
    }

    static ActualInput withActual(EntryRow row, String actual) {
        ActualInput s = row.stored();
        return StoredInputs.withActual(s, actual);
    }

    static void save(ConfigurableApplicationContext node, Checkpoint at, ActualInput input, String who) {
        SystemIdentity.run(
                who, () -> bean(node, MonitoringService.class).save(project(node), at, List.of(input), null));
    }

    /**
     * A seed project of 2025 moved into a new department (a 主管部门 of its own) for a test: closing moves it back and
     * drops the department (after the test has dropped what refers to it, such as an officer scoped to it).
     */
    record Moved(JdbcClient sql, long project, long department, long former) implements AutoCloseable {

        @Override
        public void close() {
            move(sql, project, former);
            sql.sql("DELETE FROM department WHERE id = :d")
                    .param("d", department)
                    .update();
        }
    }

    static Moved moveToNewDepartment(ConfigurableApplicationContext node, String project, String department) {
        JdbcClient sql = bean(node, JdbcClient.class);
        long id = bean(node, ProjectService.class)
                .findExisting("鄂州市总工会", 2025, project)
                .orElseThrow()
                .getId();
        long former = sql.sql("SELECT department_id FROM project WHERE id = :p")
                .param("p", id)
                .query(Long.class)
                .single();
        SystemIdentity.run(() -> bean(node, DepartmentTree.class).place(department, null));
        long created = sql.sql("SELECT id FROM department WHERE name = :n")
                .param("n", department)
                .query(Long.class)
                .single();
        move(sql, id, created);
        return new Moved(sql, id, created, former);
    }

    private static void move(JdbcClient sql, long project, long department) {
        sql.sql("UPDATE project SET department_id = :d WHERE id = :p")
                .param("d", department)
                .param("p", project)
                .update();
    }
}
