package org.attain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.cluster.TwoServers.bean;
import static org.attain.cluster.TwoServers.moveToNewDepartment;
import static org.attain.cluster.TwoServers.row;
import static org.attain.cluster.TwoServers.save;
import static org.attain.cluster.TwoServers.waive;
import static org.attain.cluster.TwoServers.waiveAll;
import static org.attain.cluster.TwoServers.withActual;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attain.ActingAsSystem;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.CheckpointLocks;
import org.attain.monitoring.EntryException;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewRefusal;
import org.attain.review.ReviewService;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.attain.status.ReviewState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoint locks across two Attain servers on one MariaDB server ({@link TwoServers}): a checkpoint locked on one,
 * for every department or by a department's officer for theirs, refuses saves on the other; a lock taken on one while
 * the other saves, or takes a review step, waits for it — a department's lock for a save into that department only —
 * and is refused when the write left an item open. Needs the MariaDB server at 127.0.0.1:3306; skipped when none answers.
 */
@EnabledIf(
        value = "org.attain.cluster.ThrowawayDatabase#serverAnswers",
        disabledReason = "No MariaDB server answers"
                + " at 127.0.0.1:3306 (or -Dattain.test.mariadb=HOST:PORT): the two-server test needs one, see .ci/run")
class TwoServersLocksTest {

    static TwoServers servers;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoServersTogether() throws Exception {
        servers = TwoServers.start("attain_locks");
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
        try (TwoServers.Moved moved = moveToNewDepartment(a, "协理员专项补助", "教育局（两台服务器）")) {
            SystemIdentity.run(() -> {
                bean(a, UserService.class).create("edu-on-a", "教育局绩效专员", Role.PERFORMANCE_OFFICER, "Jiaoyu-Nodes-2025");
                bean(a, AccountScopes.class).scope("edu-on-a", moved.department());
            });
            try {
                waive(a, november, List.of(moved.project()));
                ActingAsSystem.as("edu-on-a", Role.PERFORMANCE_OFFICER);
                try {
                    bean(a, CheckpointLocks.class).lock(november);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                EntryRow first = firstRow(b, moved.project(), november);
                assertThatThrownBy(() -> SystemIdentity.run("owner-on-b", () -> bean(b, MonitoringService.class)
                                .save(moved.project(), november, List.of(withActual(first, "5")), null)))
                        .isInstanceOf(EntryException.class);
                save(b, november, withActual(row(b, november), "575"), "owner-on-b");
            } finally {
                SystemIdentity.run(
                        () -> bean(b, CheckpointLocks.class).unlock(november, moved.department(), "test over"));
                // as the servers were started: other tests count the accounts
                sql.sql("DELETE FROM app_user WHERE username = 'edu-on-a'").update();
            }
        }
    }

    static EntryRow firstRow(ConfigurableApplicationContext node, long project, Checkpoint at) {
        return SystemIdentity.call(() -> bean(node, MonitoringService.class).sheet(project, at))
                .rows()
                .getFirst();
    }

    /**
     * Waits until the other server's INSERT of the lock row is running and held (innodb_trx does not list it on every
     * server version, the process list does), checking meanwhile that the lock has not gone through.
     */
    static void awaitLockHeld(JdbcClient sql, Future<?> lock) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (sql.sql("SELECT COUNT(*) FROM information_schema.processlist WHERE id <> CONNECTION_ID()"
                                + " AND command = 'Query' AND info LIKE 'INSERT IGNORE INTO checkpoint_lock%'")
                        .query(Integer.class)
                        .single()
                == 0) {
            assertThat(lock).as("the lock waits for the write in progress").isNotDone();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** The lock waited for a write that left an open item: refused once the write is committed. */
    static void refusedAfterWaiting(Future<?> locking) {
        assertThatThrownBy(locking::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        ReviewRefusal.class, r -> assertThat(r.getCodes()).containsExactly("review.refused.openItems"));
    }

    @Test
    void a_lock_taken_on_one_server_while_the_other_saves_waits_for_that_save_and_is_refused_for_its_draft()
            throws Exception {
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
                awaitLockHeld(sql, lock);
                save(a, october, input, "owner-on-a");
                return lock;
            });
            refusedAfterWaiting(locking);
        } finally {
            officer.shutdown();
        }
        assertThat(row(b, october).stored().actual()).isEqualByComparingTo("590");
        assertThat(SystemIdentity.call(() -> bean(b, CheckpointLocks.class).isLockedForAll(october)))
                .isFalse();
        waiveAll(a, october); // the draft too: now the lock is taken, and refuses the next save
        SystemIdentity.run(() -> bean(b, CheckpointLocks.class).lock(october));
        assertThatThrownBy(() -> save(a, october, withActual(row(a, october), "591"), "owner-on-a"))
                .isInstanceOf(EntryException.class);
    }

    @Test
    void a_department_lock_on_one_server_waits_for_a_save_into_that_department_on_the_other_only() throws Exception {
        Checkpoint august = new Checkpoint(2025, 8);
        ExecutorService officer = Executors.newSingleThreadExecutor();
        ExecutorService otherOwner = Executors.newSingleThreadExecutor();
        try (TwoServers.Moved moved = moveToNewDepartment(a, "协理员专项补助", "文化局（两台服务器）")) {
            waive(a, august, List.of(moved.project()));
            ActualInput intoDepartment = withActual(firstRow(b, moved.project(), august), "6");
            try {
                Future<?> locking = new TransactionTemplate(bean(b, PlatformTransactionManager.class))
                        .execute(status -> {
                            // the save into the department on b has read its locks: none yet
                            assertThat(bean(b, CheckpointLocks.class).holding(august, List.of(moved.project())))
                                    .isEmpty();
                            Future<?> lock = officer.submit(() -> SystemIdentity.run(
                                    () -> bean(a, CheckpointLocks.class).lock(august, moved.department())));
                            awaitLockHeld(bean(b, JdbcClient.class), lock);
                            // a save into another department, in a transaction of its own, is not held
                            assertThat(otherOwner.submit(
                                            () -> save(a, august, withActual(row(a, august), "585"), "owner-on-a")))
                                    .succeedsWithin(Duration.ofMinutes(1));
                            SystemIdentity.run("owner-on-b", () -> bean(b, MonitoringService.class)
                                    .save(moved.project(), august, List.of(intoDepartment), null));
                            assertThat(lock)
                                    .as("still held by the save into the department")
                                    .isNotDone();
                            return lock;
                        });
                refusedAfterWaiting(locking);
                assertThat(firstRow(a, moved.project(), august).stored().actual())
                        .isEqualByComparingTo("6");
                assertThat(row(b, august).stored().actual()).isEqualByComparingTo("585");
                waive(a, august, List.of(moved.project())); // the draft too: the lock is taken, saves into it refused
                SystemIdentity.run(() -> bean(a, CheckpointLocks.class).lock(august, moved.department()));
                assertThat(SystemIdentity.call(
                                () -> bean(b, CheckpointLocks.class).holding(august, List.of(moved.project()))))
                        .containsOnlyKeys(moved.project());
                assertThatThrownBy(() -> SystemIdentity.run("owner-on-b", () -> bean(b, MonitoringService.class)
                                .save(
                                        moved.project(),
                                        august,
                                        List.of(withActual(firstRow(b, moved.project(), august), "7")),
                                        null)))
                        .isInstanceOf(EntryException.class);
                save(b, august, withActual(row(b, august), "586"), "owner-on-b");
            } finally {
                SystemIdentity.run(
                        () -> bean(b, CheckpointLocks.class).unlock(august, moved.department(), "test over"));
            }
        } finally {
            officer.shutdown();
            otherOwner.shutdown();
        }
    }

    @Test
    void a_department_lock_taken_on_one_server_waits_for_a_review_step_in_progress_on_the_other() throws Exception {
        Checkpoint july = new Checkpoint(2025, 7);
        ExecutorService officer = Executors.newSingleThreadExecutor();
        try (TwoServers.Moved moved = moveToNewDepartment(a, "协理员专项补助", "体育局（两台服务器）")) {
            waive(a, july, List.of(moved.project()));
            ReviewService reviewsOnB = bean(b, ReviewService.class);
            ItemKey firstIndicator = SystemIdentity.call(() -> reviewsOnB.items(moved.project(), july)).stream()
                    .map(ReviewItem::key)
                    .filter(k -> !k.isBudget())
                    .findFirst()
                    .orElseThrow();
            try {
                Future<?> locking = new TransactionTemplate(bean(b, PlatformTransactionManager.class))
                        .execute(status -> {
                            // the officer on b returns the waived budget line: the step has read the locks, none
                            SystemIdentity.run(() ->
                                    reviewsOnB.returnItems(moved.project(), july, List.of(ItemKey.BUDGET), "请补报"));
                            Future<?> lock = officer.submit(() -> SystemIdentity.run(
                                    () -> bean(a, CheckpointLocks.class).lock(july, moved.department())));
                            awaitLockHeld(bean(b, JdbcClient.class), lock);
                            SystemIdentity.run(() ->
                                    reviewsOnB.returnItems(moved.project(), july, List.of(firstIndicator), "请补报"));
                            assertThat(lock).as("still held by the review step").isNotDone();
                            return lock;
                        });
                refusedAfterWaiting(locking);
                assertThat(SystemIdentity.call(() -> reviewsOnB.items(moved.project(), july)))
                        .filteredOn(i -> i.key().equals(ItemKey.BUDGET))
                        .singleElement()
                        .satisfies(i -> assertThat(i.state()).isEqualTo(ReviewState.RETURNED));
                waive(a, july, List.of(moved.project())); // the returned items: the lock is taken, steps refused
                SystemIdentity.run(() -> bean(a, CheckpointLocks.class).lock(july, moved.department()));
                assertThatThrownBy(() -> SystemIdentity.run(
                                () -> reviewsOnB.returnItems(moved.project(), july, List.of(ItemKey.BUDGET), "请补报")))
                        .isInstanceOfSatisfying(ReviewRefusal.class, r -> assertThat(r.getCodes())
                                .containsExactly("review.refused.locked"));
            } finally {
                SystemIdentity.run(() -> bean(b, CheckpointLocks.class).unlock(july, moved.department(), "test over"));
            }
        } finally {
            officer.shutdown();
        }
    }
}
