package org.attain.monitoring;

import static org.attain.monitoring.CheckpointLock.ALL_DEPARTMENTS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attain.history.ChangeLog;
import org.attain.i18n.MessageException;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentScopes;
import org.attain.review.ReviewItems;
import org.attain.review.ReviewRefusal;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer locks a checkpoint once reviewed: its values become read-only; unlocking needs a reason. The bureau's
 * officer locks it for every department or for one department (with its units); a department's officer for their own
 * department. A lock is taken only when every item it holds is approved or waived with a reason. A save is refused when
 * the checkpoint is locked for every department, for the project's department or for the 主管部门 above it.
 */
@Service
public class CheckpointLocks {

    private static final String COLUMNS = "k.department_id, d.name, k.locked_by, k.taken_by_bureau";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;
    private final ReviewItems reviewItems;
    private final DepartmentScopes scopes;

    CheckpointLocks(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ChangeLog changeLog,
            ReviewItems reviewItems,
            DepartmentScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.reviewItems = reviewItems;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
    }

    /**
     * The locks that hold the given projects at the checkpoint, by project (a project not in the map is open): two
     * queries for any number of projects. The second is a locking read of the locks of every department concerned:
     * inside a save's transaction it holds off a lock taken meanwhile, on this server or another, until the save is
     * committed, and waits for a lock being taken, so that no value is saved into a checkpoint once its lock is
     * committed.
     */
    public Map<Long, CheckpointLock> holding(Checkpoint at, Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        record Place(
                long project, long department, @Nullable Long parent) {}
        Map<Long, String> names = new HashMap<>();
        List<Place> places = jdbc.sql("""
                        SELECT p.id, d.id, d.name, u.id, u.name FROM project p JOIN department d ON d.id = p.department_id
                        LEFT JOIN department u ON u.id = d.parent_id WHERE p.id IN (:ids)""")
                .param("ids", projectIds)
                .query((rs, n) -> {
                    names.put(rs.getLong(2), rs.getString(3));
                    Long parent = rs.getObject(4, Long.class);
                    if (parent != null) {
                        names.put(parent, rs.getString(5));
                    }
                    return new Place(rs.getLong(1), rs.getLong(2), parent);
                })
                .list();
        Set<Long> departments = new HashSet<>(names.keySet());
        departments.add(ALL_DEPARTMENTS);
        Map<Long, CheckpointLock> locks = new HashMap<>();
        jdbc.sql("SELECT department_id, locked_by, taken_by_bureau FROM checkpoint_lock WHERE checkpoint_year = :y"
                        + " AND checkpoint_month = :m AND department_id IN (:d) LOCK IN SHARE MODE")
                .param("y", at.year())
                .param("m", at.month())
                .param("d", departments)
                .query((rs, n) -> new CheckpointLock(
                        at, rs.getLong(1), names.get(rs.getLong(1)), rs.getString(2), rs.getBoolean(3)))
                .list()
                .forEach(l -> locks.put(l.departmentId(), l));
        Map<Long, CheckpointLock> held = new HashMap<>();
        if (locks.isEmpty()) {
            return held;
        }
        for (Place p : places) {
            CheckpointLock lock = locks.get(ALL_DEPARTMENTS);
            lock = lock != null ? lock : p.parent() == null ? null : locks.get(p.parent());
            lock = lock != null ? lock : locks.get(p.department());
            if (lock != null) {
                held.put(p.project(), lock);
            }
        }
        return held;
    }

    /** The lock that holds one project at the checkpoint, if any (as {@link #holding}). */
    public Optional<CheckpointLock> holding(Checkpoint at, long projectId) {
        return Optional.ofNullable(holding(at, List.of(projectId)).get(projectId));
    }

    /**
     * The lock that holds a department (by name) at the checkpoint: every department's, its own or its 主管部门's; a
     * locking read, as {@link #holding}, for a writer that places projects in one department (the history import).
     */
    public Optional<CheckpointLock> holding(Checkpoint at, String department) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkpoint_lock k LEFT JOIN department d ON d.id = k.department_id"
                        + " WHERE k.checkpoint_year = :y AND k.checkpoint_month = :m AND k.department_id IN (0,"
                        + " (SELECT id FROM department WHERE name = :n), (SELECT parent_id FROM department WHERE name = :n))"
                        + " ORDER BY k.department_id = 0 DESC LIMIT 1 LOCK IN SHARE MODE")
                .param("y", at.year())
                .param("m", at.month())
                .param("n", department)
                .query((rs, n) -> row(at, rs))
                .optional();
    }

    /** Whether the checkpoint is locked for every department (a locking read, as {@link #holding}). */
    public boolean isLockedForAll(Checkpoint at) {
        return jdbc.sql("SELECT COUNT(*) FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m"
                                + " AND department_id = " + ALL_DEPARTMENTS + " LOCK IN SHARE MODE")
                        .param("y", at.year())
                        .param("m", at.month())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * The lock that holds every project the acting officer may see: the lock of every department, or for a
     * department's officer the lock of their department or of the 主管部门 above it.
     */
    public Optional<CheckpointLock> current(Checkpoint at) {
        DepartmentScope scope = scopes.current();
        long mine = scope.all() || scope.department() == null ? ALL_DEPARTMENTS : scope.department();
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkpoint_lock k LEFT JOIN department d ON d.id = k.department_id"
                        + " WHERE k.checkpoint_year = :y AND k.checkpoint_month = :m AND k.department_id IN"
                        + " (0, :d, (SELECT parent_id FROM department WHERE id = :d))"
                        + " ORDER BY k.department_id = 0 DESC, d.parent_id IS NULL DESC LIMIT 1")
                .param("y", at.year())
                .param("m", at.month())
                .param("d", mine)
                .query((rs, n) -> row(at, rs))
                .optional();
    }

    /**
     * Every lock of the checkpoint the acting officer's departments are concerned with, the lock of every department
     * first, then by department: all of them for the bureau; for a department's officer the lock of every department,
     * their own, the one above it and those of their units.
     */
    public List<CheckpointLock> locks(Checkpoint at) {
        DepartmentScope scope = scopes.current();
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkpoint_lock k LEFT JOIN department d ON d.id = k.department_id"
                        + " WHERE k.checkpoint_year = :y AND k.checkpoint_month = :m AND (k.department_id = 0 OR "
                        + scope.sql("k") + " OR k.department_id = (SELECT parent_id FROM department WHERE id = :d))"
                        + " ORDER BY k.department_id = 0 DESC, d.name")
                .param("y", at.year())
                .param("m", at.month())
                .param("d", scope.department() == null ? ALL_DEPARTMENTS : scope.department())
                .query((rs, n) -> row(at, rs))
                .list();
    }

    /** The checkpoints of a year locked for every department. */
    public List<Checkpoint> locked(int year) {
        return jdbc.sql("SELECT checkpoint_month FROM checkpoint_lock WHERE checkpoint_year = :y AND department_id = 0"
                        + " ORDER BY checkpoint_month")
                .param("y", year)
                .query((rs, n) -> new Checkpoint(year, rs.getInt(1)))
                .list();
    }

    /** Locks the checkpoint: the bureau's officer for every department, a department's officer for theirs. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void lock(Checkpoint at) {
        lock(at, null);
    }

    /**
     * Locks the checkpoint for one department and its units (null: as {@link #lock(Checkpoint)}); a department's
     * officer may name only their own department. Read committed: the lock row's INSERT waits for every save and review
     * step in progress into the projects it holds (their locking reads of the locks), and the second look at the open
     * items then sees what they left, so that a draft or a returned item saved meanwhile refuses the lock after all.
     */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void lock(Checkpoint at, @Nullable Long department) {
        Target target = target(at, department);
        refuseOpenItems(at, target);
        CheckpointLock lock =
                new CheckpointLock(at, target.department(), target.name(), currentUser.name(), target.bureau());
        // IGNORE: locked already (perhaps just now, on another server); that lock is the one logged
        if (jdbc.sql("INSERT IGNORE INTO checkpoint_lock"
                                + " (checkpoint_year, checkpoint_month, department_id, locked_by, locked_at, taken_by_bureau)"
                                + " VALUES (:y, :m, :d, :who, :at, :bureau)")
                        .param("y", at.year())
                        .param("m", at.month())
                        .param("d", lock.departmentId())
                        .param("who", lock.lockedBy())
                        .param("at", Timestamp.from(Instant.now()))
                        .param("bureau", lock.takenByBureau())
                        .update()
                == 0) {
            if (!lock.takenByBureau() || lock.all() || !takeOver(lock)) {
                return;
            }
        }
        refuseOpenItems(at, target); // rolls the lock row back
        changeLog.record(lock.lockedBy(), null, null, at.iso(), "checkpoint_lock", "open", lock.logged());
    }

    /** Refuses the lock while an item it would hold is neither approved nor waived, naming the first. */
    private void refuseOpenItems(Checkpoint at, Target target) {
        List<ReviewItems.OpenItem> open = reviewItems.open(at, target.items());
        if (!open.isEmpty()) {
            ReviewItems.OpenItem first = open.getFirst();
            throw new ReviewRefusal(
                    "openItems",
                    open.size(),
                    first.project(),
                    first.indicator() == null ? ReviewRefusal.budgetLine() : first.indicator());
        }
    }

    /** The bureau locks a department its officer had locked: from now on the lock is the bureau's to lift. */
    private boolean takeOver(CheckpointLock lock) {
        return jdbc.sql("UPDATE checkpoint_lock SET taken_by_bureau = TRUE, locked_by = :who WHERE checkpoint_year = :y"
                                + " AND checkpoint_month = :m AND department_id = :d AND NOT taken_by_bureau")
                        .param("y", lock.at().year())
                        .param("m", lock.at().month())
                        .param("d", lock.departmentId())
                        .param("who", lock.lockedBy())
                        .update()
                > 0;
    }

    /** Lifts the lock the officer would take ({@link #lock(Checkpoint)}), with a reason. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void unlock(Checkpoint at, String reason) {
        unlock(at, null, reason);
    }

    /**
     * Lifts the lock of one department (null: as {@link #unlock(Checkpoint, String)}) with a reason. A department's
     * officer lifts only their department's lock, and not one the bureau took; the bureau's officer any.
     */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void unlock(Checkpoint at, @Nullable Long department, String reason) {
        Target target = target(at, department);
        if (reason == null || reason.isBlank()) {
            throw new MessageException("reports.refused.unlockReason");
        }
        Optional<CheckpointLock> held = jdbc.sql("SELECT " + COLUMNS + " FROM checkpoint_lock k"
                        + " LEFT JOIN department d ON d.id = k.department_id WHERE k.checkpoint_year = :y"
                        + " AND k.checkpoint_month = :m AND k.department_id = :d FOR UPDATE")
                .param("y", at.year())
                .param("m", at.month())
                .param("d", target.department())
                .query((rs, n) -> row(at, rs))
                .optional();
        if (held.isEmpty()) {
            return;
        }
        if (held.get().takenByBureau() && !target.bureau()) {
            throw new ReviewRefusal("bureauLock", at.iso(), target.name());
        }
        jdbc.sql("DELETE FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m"
                        + " AND department_id = :d")
                .param("y", at.year())
                .param("m", at.month())
                .param("d", target.department())
                .update();
        changeLog.record(
                currentUser.name(),
                null,
                null,
                at.iso(),
                "checkpoint_lock",
                held.get().logged(),
                "open: " + reason.strip());
    }

    /** What a lock or unlock acts on: the department (0 for all), its name, the items it holds, who takes it. */
    private record Target(long department, @Nullable String name, DepartmentScope items, boolean bureau) {}

    /**
     * A department's officer acts on their own department only, whatever the page offers; the bureau's officer on
     * every department (null) or the one named.
     */
    private Target target(Checkpoint at, @Nullable Long department) {
        DepartmentScope scope = scopes.current();
        if (!scope.all()) {
            Long own = scope.department();
            if (own == null || department != null && !department.equals(own)) {
                throw new ReviewRefusal("scopedLock", at.iso(), scope.name());
            }
            return new Target(own, scope.name(), scope, false);
        }
        if (department == null || department == ALL_DEPARTMENTS) {
            return new Target(ALL_DEPARTMENTS, null, DepartmentScope.ALL, true);
        }
        String name = jdbc.sql("SELECT name FROM department WHERE id = :d")
                .param("d", department)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No department " + department));
        return new Target(department, name, DepartmentScope.of(department, name), true);
    }

    private static CheckpointLock row(Checkpoint at, ResultSet rs) throws SQLException {
        return new CheckpointLock(at, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
    }
}
