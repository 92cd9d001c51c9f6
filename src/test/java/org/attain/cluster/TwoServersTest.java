package org.attain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.attain.Application;
import org.attain.i18n.Message;
import org.attain.i18n.Texts;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.CheckpointLocks;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.monitoring.EntryException;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.StatusService;
import org.attain.project.DepartmentTree;
import org.attain.project.ProjectService;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewService;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Attain servers on one MariaDB server, as behind a load balancer: started together on an empty database they
 * fill it once; a save on one is seen on the other; a concurrent edit on both is detected and the second saver told;
 * a checkpoint locked on one (for every department, or by a department's officer for theirs) is locked on the other;
 * failed sign-ins count on both. The second server connects through a {@code jdbc:mariadb:sequential:} address whose
 * first host is down, as a server of a Galera cluster may be. Needs the MariaDB server at 127.0.0.1:3306 (see
 * {@link ThrowawayDatabase}); skipped when none answers.
 */
@EnabledIf(
        value = "org.attain.cluster.ThrowawayDatabase#serverAnswers",
        disabledReason = "No MariaDB server answers"
                + " at 127.0.0.1:3306 (or -Dattain.test.mariadb=HOST:PORT): the two-server test needs one, see .ci/run")
class TwoServersTest {

    static final String PROJECT = "鄂州市劳模春节慰问专项资金";
    static final String INDICATOR = "2025年春节慰问人数";

    static ThrowawayDatabase database;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoServersTogether() throws Exception {
        Optional<ThrowawayDatabase> db = ThrowawayDatabase.create("attain_nodes");
        assumeTrue(
                db.isPresent(),
                "No MariaDB server answers at " + ThrowawayDatabase.SERVER
                        + ": the two-server test needs one (see .ci/run)");
        database = db.get();
        CompletableFuture<ConfigurableApplicationContext> first =
                CompletableFuture.supplyAsync(() -> start("a", database.url()));
        // as with a Galera cluster: the first host that answers (here the first is down) takes every connection
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(
                () -> start("b", database.url().replace("jdbc:mariadb://", "jdbc:mariadb:sequential://127.0.0.1:1,")));
        a = first.get();
        b = second.get();
    }

    static ConfigurableApplicationContext start(String node, String url) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test", "demo")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--attain.node-name=" + node);
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    static <T> T bean(ConfigurableApplicationContext node, Class<T> type) {
        return node.getBean(type);
    }

    /** The officer waives every open item of the checkpoint, so that it may be locked (a round needs none open). */
    static void waiveAll(ConfigurableApplicationContext node, Checkpoint at) {
        SystemIdentity.run(() -> {
            ReviewService reviews = bean(node, ReviewService.class);
            for (long id : bean(node, JdbcClient.class)
                    .sql("SELECT id FROM project WHERE budget_year = :y")
                    .param("y", at.year())
                    .query(Long.class)
                    .list()) {
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
        return new ActualInput(
                s.indicatorId(),
                s.version(),
                new BigDecimal(actual),
                null,
                s.narrative(),
                s.forecast(),
                null,
                s.reasons(),
                s.reasonText(),
                s.likelihood(),
                s.correctiveAction(),
                s.note());
    }

    static void save(ConfigurableApplicationContext node, Checkpoint at, ActualInput input, String who) {
        SystemIdentity.run(
                who, () -> bean(node, MonitoringService.class).save(project(node), at, List.of(input), null));
    }

    @Test
    void started_together_on_an_empty_database_the_two_servers_fill_it_once() {
        JdbcClient sql = bean(a, JdbcClient.class);
        assertThat(sql.sql("SELECT COUNT(*) FROM project").query(Integer.class).single())
                .isEqualTo(7);
        assertThat(sql.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single())
                .isEqualTo(4);
        assertThat(sql.sql("SELECT COUNT(*) FROM reporting_round")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(bean(b, JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM indicator_actual")
                        .query(Integer.class)
                        .single())
                .isEqualTo(sql.sql("SELECT COUNT(*) FROM indicator_actual")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void the_start_up_work_of_two_servers_never_overlaps_and_a_job_runs_on_one_at_a_time() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Runnable work = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        };
        List<Callable<Void>> starts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StartupLock lock = bean(i % 2 == 0 ? a : b, StartupLock.class);
            starts.add(() -> {
                lock.run("a test", work);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(starts.size());
        try {
            for (Future<Void> f : pool.invokeAll(starts)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(most.get()).isEqualTo(1);

        LockConfiguration job =
                new LockConfiguration(Instant.now(), "a-test-job", Duration.ofMinutes(1), Duration.ZERO);
        SimpleLock onA = bean(a, LockProvider.class).lock(job).orElseThrow();
        assertThat(bean(b, LockProvider.class).lock(job))
                .as("held by the other server")
                .isEmpty();
        onA.unlock();
        // the unlock's time is stored to the millisecond: ask again a little later, as the next run of a job would
        Thread.sleep(20);
        LockConfiguration nextRun =
                new LockConfiguration(Instant.now(), "a-test-job", Duration.ofMinutes(1), Duration.ZERO);
        bean(b, LockProvider.class).lock(nextRun).orElseThrow().unlock();
    }

    @Test
    void a_save_on_one_server_is_seen_on_the_other() {
        Checkpoint june = new Checkpoint(2025, 6);
        save(a, june, withActual(row(a, june), "560"), "owner-on-a");

        EntryRow seenOnB = row(b, june);
        assertThat(seenOnB.stored().actual()).isEqualByComparingTo("560");
        assertThat(seenOnB.updatedBy()).isEqualTo("owner-on-a");
        IndicatorRow status =
                SystemIdentity.call(() -> bean(b, StatusService.class).project(project(b), june))
                        .orElseThrow()
                        .indicators()
                        .stream()
                        .filter(r -> r.name().equals(INDICATOR))
                        .findFirst()
                        .orElseThrow();
        assertThat(Texts.chinese().render(status.status().explanation())).contains("560人");
    }

    @Test
    void an_edit_on_both_servers_of_the_same_form_is_detected_and_the_second_saver_told() {
        Checkpoint june = new Checkpoint(2025, 6);
        EntryRow formOnA = row(a, june);
        EntryRow formOnB = row(b, june);
        assertThat(formOnB.stored().version()).isEqualTo(formOnA.stored().version());

        save(a, june, withActual(formOnA, "570"), "owner-on-a");
        assertThatThrownBy(() -> save(b, june, withActual(formOnB, "571"), "owner-on-b"))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.getChanged())
                        .containsExactly(Message.of("entry.conflict.itemBy", INDICATOR, "owner-on-a")));
        assertThat(row(a, june).stored().actual()).isEqualByComparingTo("570");
    }

    @Test
    void of_many_saves_at_once_on_both_servers_from_the_same_form_exactly_one_is_stored() throws Exception {
        Checkpoint july = new Checkpoint(2025, 7);
        for (int round = 0; round < 2; round++) { // first entries (inserts), then edits of the stored value (updates)
            EntryRow form = row(a, july);
            List<Callable<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
                ActualInput input = withActual(form, String.valueOf(600 + 10 * round + i));
                saves.add(() -> {
                    try {
                        save(node, july, input, "saver-" + input.actual());
                        return true;
                    } catch (ConcurrentEditException told) {
                        return false;
                    }
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(saves.size());
            List<Boolean> stored = new ArrayList<>();
            try {
                for (Future<Boolean> f : pool.invokeAll(saves)) {
                    stored.add(f.get());
                }
            } finally {
                pool.shutdown();
            }
            assertThat(stored).as("round %d", round).containsOnlyOnce(true);
            EntryRow after = row(b, july);
            assertThat(after.updatedBy())
                    .isEqualTo("saver-"
                            + after.stored().actual().stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void each_server_names_itself_in_its_session_ids_and_failed_sign_ins_count_on_both() throws Exception {
        Browser onA = new Browser(a);
        Browser onB = new Browser(b);
        assertThat(onA.openLogin()).endsWith(".a");
        assertThat(onB.openLogin()).endsWith(".b");
        for (int i = 0; i < 3; i++) {
            assertThat(onA.signIn("leader", "wrong-password-" + i)).isEqualTo("/login?error");
        }
        assertThat(onB.signIn("leader", "wrong-password-3")).isEqualTo("/login?error");
        assertThat(onB.signIn("LEADER", "wrong-password-4"))
                .as("the fifth failure, on the other server")
                .isEqualTo("/login?error");
        assertThat(onA.signIn("leader", "demo-password"))
                .as("blocked on the first server too")
                .isEqualTo("/login?error=locked");
    }

    @Test
    void a_checkpoint_locked_on_one_server_refuses_saves_on_the_other() {
        Checkpoint september = new Checkpoint(2025, 9);
        waiveAll(a, september);
        SystemIdentity.run(() -> bean(a, CheckpointLocks.class).lock(september));
        try {
            assertThatThrownBy(() -> save(b, september, withActual(row(b, september), "580"), "owner-on-b"))
                    .isInstanceOf(EntryException.class);
        } finally {
            SystemIdentity.run(() -> bean(b, CheckpointLocks.class).unlock(september, "test over"));
        }
        save(b, september, withActual(row(b, september), "580"), "owner-on-b");
    }

    @Test
    void a_department_locked_by_its_officer_on_one_server_refuses_saves_into_it_on_the_other() {
        Checkpoint november = new Checkpoint(2025, 11);
        JdbcClient sql = bean(a, JdbcClient.class);
        long moved = bean(a, ProjectService.class)
                .findExisting("鄂州市总工会", 2025, "协理员专项补助")
                .orElseThrow()
                .getId();
        long union = sql.sql("SELECT department_id FROM project WHERE id = :p")
                .param("p", moved)
                .query(Long.class)
                .single();
        SystemIdentity.run(() -> {
            bean(a, DepartmentTree.class).place("教育局（两台服务器）", null);
            bean(a, UserService.class).create("edu-on-a", "教育局绩效专员", Role.PERFORMANCE_OFFICER, "Jiaoyu-Nodes-2025");
        });
        long education = sql.sql("SELECT id FROM department WHERE name = '教育局（两台服务器）'")
                .query(Long.class)
                .single();
        SystemIdentity.run(() -> bean(a, AccountScopes.class).scope("edu-on-a", education));
        sql.sql("UPDATE project SET department_id = :d WHERE id = :p")
                .param("d", education)
                .param("p", moved)
                .update();
        try {
            SystemIdentity.run(() -> {
                ReviewService reviews = bean(a, ReviewService.class);
                List<ItemKey> open = reviews.items(moved, november).stream()
                        .filter(ReviewItem::isOpen)
                        .map(ReviewItem::key)
                        .toList();
                reviews.waive(moved, november, open, "two-server test");
            });
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            "edu-on-a",
                            null,
                            List.of(new SimpleGrantedAuthority(Role.PERFORMANCE_OFFICER.authority()))));
            try {
                bean(a, CheckpointLocks.class).lock(november);
            } finally {
                SecurityContextHolder.clearContext();
            }
            EntryRow first = SystemIdentity.call(
                            () -> bean(b, MonitoringService.class).sheet(moved, november))
                    .rows()
                    .getFirst();
            assertThatThrownBy(() -> SystemIdentity.run("owner-on-b", () -> bean(b, MonitoringService.class)
                            .save(moved, november, List.of(withActual(first, "5")), null)))
                    .isInstanceOf(EntryException.class);
            save(b, november, withActual(row(b, november), "575"), "owner-on-b");
        } finally {
            SystemIdentity.run(() -> bean(b, CheckpointLocks.class).unlock(november, education, "test over"));
            sql.sql("UPDATE project SET department_id = :d WHERE id = :p")
                    .param("d", union)
                    .param("p", moved)
                    .update();
            // as the servers were started: other tests count the accounts
            sql.sql("DELETE FROM app_user WHERE username = 'edu-on-a'").update();
            sql.sql("DELETE FROM department WHERE id = :d")
                    .param("d", education)
                    .update();
        }
    }

    @Test
    void a_lock_taken_on_one_server_while_the_other_saves_waits_for_that_save() throws Exception {
        Checkpoint october = new Checkpoint(2025, 10);
        waiveAll(a, october);
        ActualInput input = withActual(row(a, october), "590");
        JdbcClient sql = bean(a, JdbcClient.class);
        ExecutorService officer = Executors.newSingleThreadExecutor();
        try {
            Future<?> locking = new TransactionTemplate(bean(a, PlatformTransactionManager.class)).execute(status -> {
                assertThat(bean(a, CheckpointLocks.class).isLockedForAll(october))
                        .isFalse();
                Future<?> lock = officer.submit(() ->
                        SystemIdentity.run(() -> bean(b, CheckpointLocks.class).lock(october)));
                Instant deadline = Instant.now().plusSeconds(20);
                // the other server's INSERT of the lock row is running and held (innodb_trx does not list it on
                // every server version, the process list does)
                while (sql.sql("SELECT COUNT(*) FROM information_schema.processlist WHERE id <> CONNECTION_ID()"
                                        + " AND command = 'Query' AND info LIKE 'INSERT IGNORE INTO checkpoint_lock%'")
                                .query(Integer.class)
                                .single()
                        == 0) {
                    assertThat(lock)
                            .as("the lock waits for the save in progress")
                            .isNotDone();
                    assertThat(Instant.now()).isBefore(deadline);
                    Thread.onSpinWait();
                }
                save(a, october, input, "owner-on-a");
                return lock;
            });
            locking.get();
        } finally {
            officer.shutdown();
        }
        assertThat(row(b, october).stored().actual()).isEqualByComparingTo("590");
        assertThat(SystemIdentity.call(() -> bean(b, CheckpointLocks.class).isLockedForAll(october)))
                .isTrue();
        assertThatThrownBy(() -> save(a, october, withActual(row(a, october), "591"), "owner-on-a"))
                .isInstanceOf(EntryException.class);
    }
}
