package org.attain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.cluster.TwoServers.INDICATOR;
import static org.attain.cluster.TwoServers.bean;
import static org.attain.cluster.TwoServers.project;
import static org.attain.cluster.TwoServers.row;
import static org.attain.cluster.TwoServers.save;
import static org.attain.cluster.TwoServers.withActual;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.attain.i18n.Message;
import org.attain.i18n.Texts;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.monitoring.EntryRow;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.StatusService;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Attain servers on one MariaDB server, as behind a load balancer ({@link TwoServers}): started together on an
 * empty database they fill it once; start-up work and jobs never overlap; a save on one is seen on the other; a
 * concurrent edit on both is detected and the second saver told; failed sign-ins count on both. Locks across the two:
 * {@link TwoServersLocksTest}. Needs the MariaDB server at 127.0.0.1:3306 (see {@link ThrowawayDatabase}); skipped
 * when none answers.
 */
@EnabledIf(
        value = "org.attain.cluster.ThrowawayDatabase#serverAnswers",
        disabledReason = "No MariaDB server answers"
                + " at 127.0.0.1:3306 (or -Dattain.test.mariadb=HOST:PORT): the two-server test needs one, see .ci/run")
class TwoServersTest {

    static TwoServers servers;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoServersTogether() throws Exception {
        servers = TwoServers.start("attain_nodes");
        a = servers.a;
        b = servers.b;
    }

    @AfterAll
    static void stop() throws Exception {
        if (servers != null) {
            servers.close();
        }
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
}
