package org.attain.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.attain.history.ChangeLog;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officer locks a checkpoint once reviewed: its values become read-only; unlocking needs a reason. */
@Service
public class CheckpointLocks {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;

    CheckpointLocks(JdbcClient jdbc, CurrentUser currentUser, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
    }

    public boolean isLocked(Checkpoint at) {
        return jdbc.sql("SELECT COUNT(*) FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m")
                .param("y", at.year()).param("m", at.month()).query(Integer.class).single() > 0;
    }

    public List<Checkpoint> locked(int year) {
        return jdbc.sql("SELECT checkpoint_month FROM checkpoint_lock WHERE checkpoint_year = :y ORDER BY checkpoint_month")
                .param("y", year).query((rs, n) -> new Checkpoint(year, rs.getInt(1))).list();
    }

    @Transactional
    public void lock(Checkpoint at) {
        currentUser.require(Role.PERFORMANCE_OFFICER);
        if (isLocked(at)) {
            return;
        }
        jdbc.sql("INSERT INTO checkpoint_lock (checkpoint_year, checkpoint_month, locked_by, locked_at) VALUES (:y, :m, :who, :at)")
                .param("y", at.year()).param("m", at.month()).param("who", currentUser.name())
                .param("at", Timestamp.from(Instant.now())).update();
        changeLog.record(currentUser.name(), null, null, at.iso(), "checkpoint_lock", "open", "locked");
    }

    @Transactional
    public void unlock(Checkpoint at, String reason) {
        currentUser.require(Role.PERFORMANCE_OFFICER);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("解锁须说明原因 / unlocking needs a reason");
        }
        jdbc.sql("DELETE FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m")
                .param("y", at.year()).param("m", at.month()).update();
        changeLog.record(currentUser.name(), null, null, at.iso(), "checkpoint_lock", "locked", "open: " + reason.strip());
    }
}
