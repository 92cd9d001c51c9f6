package org.attain.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer locks a checkpoint once reviewed: its values become read-only; unlocking needs a reason. A checkpoint
 * is locked only when every item of its round is approved or waived with a reason.
 */
@Service
public class CheckpointLocks {

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
     * Whether the checkpoint is locked, read as committed now (a locking read): inside a save's transaction it also
     * holds off a lock taken meanwhile, on this server or another, until the save is committed, and waits for a lock
     * being taken, so that no value is saved into a checkpoint once its lock is committed.
     */
    public boolean isLocked(Checkpoint at) {
        return jdbc.sql("SELECT COUNT(*) FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m"
                                + " LOCK IN SHARE MODE")
                        .param("y", at.year())
                        .param("m", at.month())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<Checkpoint> locked(int year) {
        return jdbc.sql(
                        "SELECT checkpoint_month FROM checkpoint_lock WHERE checkpoint_year = :y ORDER BY checkpoint_month")
                .param("y", year)
                .query((rs, n) -> new Checkpoint(year, rs.getInt(1)))
                .list();
    }

    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void lock(Checkpoint at) {
        refuseScoped(at);
        List<ReviewItems.OpenItem> open = reviewItems.open(at);
        if (!open.isEmpty()) {
            ReviewItems.OpenItem first = open.getFirst();
            throw new ReviewRefusal(
                    "openItems",
                    open.size(),
                    first.project(),
                    first.indicator() == null ? ReviewRefusal.budgetLine() : first.indicator());
        }
        // IGNORE: locked already (perhaps just now, on another server); that lock is the one logged
        if (jdbc.sql("INSERT IGNORE INTO checkpoint_lock (checkpoint_year, checkpoint_month, locked_by, locked_at)"
                                + " VALUES (:y, :m, :who, :at)")
                        .param("y", at.year())
                        .param("m", at.month())
                        .param("who", currentUser.name())
                        .param("at", Timestamp.from(Instant.now()))
                        .update()
                == 0) {
            return;
        }
        changeLog.record(currentUser.name(), null, null, at.iso(), "checkpoint_lock", "open", "locked");
    }

    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void unlock(Checkpoint at, String reason) {
        refuseScoped(at);
        if (reason == null || reason.isBlank()) {
            throw new MessageException("reports.refused.unlockReason");
        }
        jdbc.sql("DELETE FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m")
                .param("y", at.year())
                .param("m", at.month())
                .update();
        changeLog.record(
                currentUser.name(), null, null, at.iso(), "checkpoint_lock", "locked", "open: " + reason.strip());
    }

    /**
     * A lock holds the checkpoint of every department: a department's officer (an account scoped to a department) may
     * neither take nor lift it, whatever the page offers.
     */
    private void refuseScoped(Checkpoint at) {
        DepartmentScope scope = scopes.current();
        if (!scope.all()) {
            throw new ReviewRefusal("scopedLock", at.iso(), scope.name());
        }
    }
}
