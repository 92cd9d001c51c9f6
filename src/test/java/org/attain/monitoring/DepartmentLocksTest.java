package org.attain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.attain.ActingAsSystem;
import org.attain.AttainSpringTest;
import org.attain.history.ChangeValues;
import org.attain.i18n.Texts;
import org.attain.project.DepartmentTree;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewRefusal;
import org.attain.review.ReviewService;
import org.attain.round.ReportingRounds;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's officer locks the checkpoint for their department and its units once its own items are settled:
 * saves into those projects are refused (the bureau's too), the other departments stay open, and the lock is theirs to
 * lift unless the bureau took it. Two of the seed's projects move to 教育局: one to a unit, one to 教育局 itself.
 */
@AttainSpringTest
@Transactional
class DepartmentLocksTest {

    static final Checkpoint OCTOBER = new Checkpoint(2025, 10);
    static final String EDUCATION = "教育局";

    @Autowired
    CheckpointLocks locks;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ReviewService reviews;

    @Autowired
    DepartmentTree tree;

    @Autowired
    UserService users;

    @Autowired
    AccountScopes scopes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingRounds rounds;

    long education;
    long union;
    long inUnit;
    long inEducation;
    long unionProject;

    @BeforeEach
    void two_seed_projects_move_to_the_education_department_and_its_school_unit() {
        tree.place(EDUCATION, "教育局直属学校");
        education = department(EDUCATION);
        union = department("鄂州市总工会");
        List<Long> seed = jdbc.sql("SELECT id FROM project WHERE budget_year = 2025 ORDER BY id")
                .query(Long.class)
                .list();
        inUnit = seed.get(0);
        inEducation = seed.get(1);
        unionProject = seed.get(2);
        move(inUnit, department("教育局直属学校"));
        move(inEducation, education);
        users.create("edu-officer", "教育局绩效专员", Role.PERFORMANCE_OFFICER, "Jiaoyu-Lock-2025");
        scopes.scope("edu-officer", education);
    }

    long department(String name) {
        return jdbc.sql("SELECT id FROM department WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    void move(long project, long department) {
        jdbc.sql("UPDATE project SET department_id = :d WHERE id = :p")
                .param("d", department)
                .param("p", project)
                .update();
    }

    void waiveOpenItems(long... projects) {
        SystemIdentity.run(() -> {
            for (long id : projects) {
                List<ItemKey> open = reviews.items(id, OCTOBER).stream()
                        .filter(ReviewItem::isOpen)
                        .map(ReviewItem::key)
                        .toList();
                if (!open.isEmpty()) {
                    reviews.waive(id, OCTOBER, open, "十月未要求填报");
                }
            }
        });
    }

    void saveAsTheBureau(long project, String value) {
        SystemIdentity.run(() -> {
            ActualInput s = monitoring.sheet(project, OCTOBER).rows().getFirst().stored();
            ActualInput changed = StoredInputs.withActual(s, value);
            monitoring.save(project, OCTOBER, List.of(changed), null);
        });
    }

    static String refusal(Throwable e) {
        return e instanceof EntryException entry
                ? Texts.chinese().render(entry.getProblems().getFirst().message())
                : ((ReviewRefusal) e).message(Texts.CHINESE);
    }

    @Test
    void a_department_officer_locks_their_department_once_its_own_items_are_settled() {
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> locks.lock(OCTOBER))
                .isInstanceOf(ReviewRefusal.class)
                .satisfies(e -> assertThat(((ReviewRefusal) e).getCodes()).containsExactly("review.refused.openItems"));
        // the union's items stay open: they are not the department's to settle
        waiveOpenItems(inUnit, inEducation);
        locks.lock(OCTOBER);

        assertThat(locks.current(OCTOBER)).hasValueSatisfying(l -> {
            assertThat(l.department()).isEqualTo(EDUCATION);
            assertThat(l.takenByBureau()).isFalse();
        });
        assertThat(locks.isLockedForAll(OCTOBER)).isFalse();
        assertThat(locks.holding(OCTOBER, List.of(inUnit, inEducation, unionProject)))
                .containsOnlyKeys(inUnit, inEducation);
        assertThat(jdbc.sql("SELECT new_value FROM change_log WHERE field = 'checkpoint_lock' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("locked: 教育局");
        assertThat(ChangeValues.change("checkpoint_lock", "open", "locked: 教育局", Texts.chinese()))
                .isEqualTo("未锁定 → 已对“教育局”锁定");

        SystemIdentity.enter();
        assertThatThrownBy(() -> saveAsTheBureau(inUnit, "7"))
                .isInstanceOf(EntryException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("检查点 1-10月 已对“教育局”锁定，不能修改"));
        assertThatThrownBy(() -> saveAsTheBureau(inEducation, "7")).isInstanceOf(EntryException.class);
        saveAsTheBureau(unionProject, "7");
        assertThat(monitoring
                        .sheet(unionProject, OCTOBER)
                        .rows()
                        .getFirst()
                        .stored()
                        .actual())
                .isEqualByComparingTo("7");
    }

    @Test
    void a_department_officer_acts_on_their_own_department_only_and_never_lifts_the_bureaus_lock() {
        waiveOpenItems(jdbc.sql("SELECT id FROM project WHERE budget_year = 2025").query(Long.class).list().stream()
                .mapToLong(Long::longValue)
                .toArray());
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        for (Runnable other : List.<Runnable>of(
                () -> locks.lock(OCTOBER, union),
                () -> locks.unlock(OCTOBER, union, "复核"),
                () -> locks.unlock(OCTOBER, CheckpointLock.ALL_DEPARTMENTS, "复核"))) {
            assertThatThrownBy(other::run).isInstanceOf(ReviewRefusal.class).satisfies(e -> assertThat(refusal(e))
                    .contains("您的范围是“教育局”"));
        }
        locks.lock(OCTOBER);
        assertThatThrownBy(() -> locks.unlock(OCTOBER, " ")).hasMessageContaining("needs a reason");
        locks.unlock(OCTOBER, "补报十月数据");
        assertThat(locks.current(OCTOBER)).isEmpty();

        // the bureau locks the department and the union: the department's officer cannot lift the bureau's lock
        ActingAsSystem.as("officer", Role.PERFORMANCE_OFFICER);
        locks.lock(OCTOBER, education);
        locks.lock(OCTOBER, union);
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        assertThat(locks.locks(OCTOBER)).extracting(CheckpointLock::department).containsExactly(EDUCATION);
        assertThatThrownBy(() -> locks.unlock(OCTOBER, "补报"))
                .isInstanceOf(ReviewRefusal.class)
                .satisfies(e -> assertThat(refusal(e)).contains("由本级财政设定"));

        // the bureau locks every department on top, then lifts that and the department's lock, with reasons
        ActingAsSystem.as("officer", Role.PERFORMANCE_OFFICER);
        locks.lock(OCTOBER);
        assertThat(locks.locks(OCTOBER))
                .extracting(CheckpointLock::department)
                .containsExactly(null, EDUCATION, "鄂州市总工会");
        locks.unlock(OCTOBER, "全局解锁");
        locks.unlock(OCTOBER, education, "教育局补报");
        assertThat(jdbc.sql("SELECT old_value FROM change_log WHERE field = 'checkpoint_lock' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("locked: 教育局");
        SystemIdentity.enter();
        saveAsTheBureau(inEducation, "8");
        assertThatThrownBy(() -> saveAsTheBureau(unionProject, "8"))
                .isInstanceOf(EntryException.class)
                .satisfies(e -> assertThat(refusal(e)).contains("鄂州市总工会"));
    }

    @Test
    void the_bureau_locking_a_department_its_officer_locked_takes_the_lock_over() {
        waiveOpenItems(inUnit, inEducation);
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        locks.lock(OCTOBER);
        ActingAsSystem.as("officer", Role.PERFORMANCE_OFFICER);
        locks.lock(OCTOBER, education);
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        assertThat(locks.current(OCTOBER))
                .hasValueSatisfying(l -> assertThat(l.takenByBureau()).isTrue());
        assertThatThrownBy(() -> locks.unlock(OCTOBER, "补报")).isInstanceOf(ReviewRefusal.class);
    }

    int rowsAt(String table, long project, Checkpoint at) {
        String byProject = table.equals("budget_execution")
                ? "t.project_id = :p"
                : "t.indicator_id IN (SELECT id FROM indicator WHERE project_id = :p)";
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " t WHERE " + byProject
                        + " AND t.checkpoint_year = :y AND t.checkpoint_month = :m")
                .param("p", project)
                .param("y", at.year())
                .param("m", at.month())
                .query(Integer.class)
                .single();
    }

    @Test
    void a_round_opened_after_a_department_was_locked_carries_nothing_into_its_projects() {
        Checkpoint september = new Checkpoint(2025, 9);
        // a department of its own, later adopted as a unit of 教育局 once 教育局 is locked for 1-9月
        tree.place("实验学校", null);
        move(unionProject, department("实验学校"));
        for (long id : List.of(inUnit, inEducation)) {
            List<ItemKey> open = reviews.items(id, september).stream()
                    .filter(ReviewItem::isOpen)
                    .map(ReviewItem::key)
                    .toList();
            reviews.waive(id, september, open, "九月未要求填报");
        }
        locks.lock(september, education);
        tree.place(EDUCATION, "实验学校");
        long open = jdbc.sql("SELECT id FROM project WHERE budget_year = 2025 ORDER BY id LIMIT 1 OFFSET 3")
                .query(Long.class)
                .single();

        assertThat(rounds.open(september, LocalDate.of(2025, 10, 10))).isPositive();
        assertThat(rowsAt("indicator_actual", unionProject, september)).isZero();
        assertThat(rowsAt("budget_execution", unionProject, september)).isZero();
        assertThat(rowsAt("indicator_actual", open, september)).isPositive();
        assertThat(rowsAt("budget_execution", open, september)).isOne();
    }
}
