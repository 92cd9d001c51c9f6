package org.attain.security;

import java.math.BigDecimal;
import org.attain.history.ChangeLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The security events of the audit log ({@code change_log}, append-only; nothing in the application deletes from
 * it): sign-ins, failed sign-ins (the name as the database compares it and the client address, never the password),
 * lockouts, exports, imports and budget changes. Changes of actuals and budget execution are logged where they are
 * saved.
 */
@Service
public class Audit {

    /** Field names in {@code change_log.field}; each has a label {@code field.<name>} in the message bundles. */
    static final String LOGIN = "login";

    static final String LOGIN_FAILED = "login_failed";
    static final String LOCKOUT_NAME = "lockout_name";
    static final String LOCKOUT_ADDRESS = "lockout_address";
    static final String EXPORT = "export";
    static final String IMPORT_TARGETS = "import_targets";
    static final String IMPORT_ACTUALS = "import_actuals";
    static final String BUDGET = "budget";
    static final String IMPORT_HISTORY = "import_history";

    private static final Logger log = LoggerFactory.getLogger(Audit.class);

    private final ChangeLog changeLog;
    private final CurrentUser currentUser;

    Audit(ChangeLog changeLog, CurrentUser currentUser) {
        this.changeLog = changeLog;
        this.currentUser = currentUser;
    }

    void signedIn(String user, @Nullable String address) {
        security(user, LOGIN, address);
    }

    /** A failed sign-in under the name as the database compares it (an unknown name in its normalised form). */
    void signInFailed(String name, @Nullable String address) {
        security(name, LOGIN_FAILED, address);
    }

    void lockedOut(String name, @Nullable String address, LoginAttempts.Outcome outcome) {
        if (outcome.nameBlocked()) {
            security(name, LOCKOUT_NAME, address);
            log.warn("Sign-in blocked for the user name '{}' after repeated failures (last from {})", name, address);
        }
        if (outcome.addressBlocked()) {
            security(name, LOCKOUT_ADDRESS, address);
            log.warn("Sign-in blocked for the address {} after repeated failures (last as '{}')", address, name);
        }
    }

    /**
     * A file that leaves the application: which table ({@code monitoring}, {@code self-evaluation}, …), in which
     * format, for which year or checkpoint ({@code 2025} or {@code 2025-06}), of one project (by id or name) or all.
     */
    public void exported(
            String table, String format, String period, @Nullable Long projectId, @Nullable String project) {
        changeLog.record(
                currentUser.name(),
                projectId,
                null,
                period,
                EXPORT,
                null,
                table + " · " + format + (project == null ? "" : " · " + project));
    }

    /**
     * Storing an approval document's project: created or updated, what happened to its indicators, and its approved
     * budget when that changed (from none for a new project).
     */
    public void importedTargets(
            long projectId,
            boolean created,
            String source,
            int added,
            int revised,
            int unchanged,
            int notInDocument,
            @Nullable BigDecimal budgetBefore,
            @Nullable BigDecimal budget) {
        ChangeLog.Pending log = changeLog.pending();
        importedTargets(
                log, projectId, created, source, added, revised, unchanged, notInDocument, budgetBefore, budget);
        log.flush();
    }

    /** As {@link #importedTargets(long, boolean, String, int, int, int, int, BigDecimal, BigDecimal)}, written with the log. */
    public void importedTargets(
            ChangeLog.Pending log,
            long projectId,
            boolean created,
            String source,
            int added,
            int revised,
            int unchanged,
            int notInDocument,
            @Nullable BigDecimal budgetBefore,
            @Nullable BigDecimal budget) {
        String who = currentUser.name();
        log.record(
                who,
                projectId,
                null,
                null,
                IMPORT_TARGETS,
                null,
                (created ? "new" : "updated") + " · added " + added + " · revised " + revised + " · unchanged "
                        + unchanged + " · not in file " + notInDocument + " · " + source);
        log.record(who, projectId, null, null, BUDGET, budgetBefore, budget);
    }

    /** A bulk file's values stored for one project and checkpoint (each changed value is logged on its own). */
    public void importedActuals(long projectId, String checkpoint, String source, int indicators, boolean budget) {
        ChangeLog.Pending log = changeLog.pending();
        importedActuals(log, projectId, checkpoint, source, indicators, budget);
        log.flush();
    }

    /** As {@link #importedActuals(long, String, String, int, boolean)}, written with the log. */
    public void importedActuals(
            ChangeLog.Pending log, long projectId, String checkpoint, String source, int indicators, boolean budget) {
        log.record(
                currentUser.name(),
                projectId,
                null,
                checkpoint,
                IMPORT_ACTUALS,
                null,
                "indicators " + indicators + (budget ? " · budget" : "") + " · " + source);
    }

    /** An earlier year's self-evaluation or monitoring table stored as history for one project and checkpoint. */
    public void importedHistory(long projectId, String checkpoint, String source, int indicators, boolean replaced) {
        changeLog.record(
                currentUser.name(),
                projectId,
                null,
                checkpoint,
                IMPORT_HISTORY,
                null,
                (replaced ? "replaced" : "new") + " · indicators " + indicators + " · " + source);
    }

    private void security(String who, String field, @Nullable String address) {
        try {
            changeLog.record(who, null, null, null, field, null, address == null ? "?" : address);
        } catch (DataAccessException e) {
            log.error("Cannot write the audit log ({} {} from {}): {}", field, who, address, e.getMessage());
        }
    }
}
