package org.attain.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attain.history.ChangeLog;
import org.attain.project.DepartmentsAbove;
import org.attain.security.CurrentUser;
import org.attain.security.ProjectAccess;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submit and review per project and checkpoint. The owner submits drafts (提交审核); the performance officer approves
 * them (通过), returns them (退回) or waives an item (免报), the last two with a reason; item by item or the whole
 * project. Nobody approves their own entries. Every step is one transaction, recorded in the audit log with who, when
 * and why (fields {@code review} and {@code review_reason}, or {@code budget_review…} for the budget line).
 */
@Service
public class ReviewService {

    /** Characters of a reason (VARCHAR(500)). */
    public static final int REASON_MAX = 500;

    private static final Set<ReviewState> RETURNABLE =
            EnumSet.of(ReviewState.SUBMITTED, ReviewState.APPROVED, ReviewState.WAIVED);

    private final JdbcClient jdbc;
    private final ReviewItems items;
    private final ApprovedValues approved;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final ChangeLog changeLog;
    private final Clock clock;

    ReviewService(
            JdbcClient jdbc,
            ReviewItems items,
            ApprovedValues approved,
            CurrentUser currentUser,
            ProjectAccess access,
            ChangeLog changeLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.approved = approved;
        this.currentUser = currentUser;
        this.access = access;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public List<ReviewItem> items(long projectId, Checkpoint at) {
        return items.of(projectId, at);
    }

    /** The owner submits every draft and returned item that has values; refused when there is none. */
    @Transactional
    public int submitAll(long projectId, Checkpoint at) {
        access.requireOwner(projectId);
        List<ItemKey> ready = items(projectId, at).stream()
                .filter(i -> i.state() != null && i.state().isSubmittable() && i.hasValues())
                .map(ReviewItem::key)
                .toList();
        if (ready.isEmpty()) {
            throw new ReviewRefusal("nothingToSubmit");
        }
        return submit(projectId, at, ready);
    }

    /** The owner submits the listed items: each must be a draft or returned, and have values. */
    @Transactional
    public int submit(long projectId, Checkpoint at, Collection<ItemKey> keys) {
        access.requireOwner(projectId);
        for (ReviewItem item : chosen(projectId, at, keys)) {
            if (item.state() == null || !item.state().isSubmittable()) {
                throw new ReviewRefusal("notSubmittable", name(item));
            }
            if (!item.hasValues()) {
                throw new ReviewRefusal("empty", name(item));
            }
            update(
                    projectId,
                    at,
                    item,
                    ReviewState.SUBMITTED,
                    "submitted_by = :who, submitted_at = :at, carried_from = NULL",
                    null);
        }
        return keys.size();
    }

    /** The officer approves every submitted item of the project. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public int approveAll(long projectId, Checkpoint at) {
        return approve(projectId, at, submitted(projectId, at));
    }

    /** The officer approves the listed submitted items; an item they entered or submitted themselves is refused. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public int approve(long projectId, Checkpoint at, Collection<ItemKey> keys) {
        String who = currentUser.name();
        for (ReviewItem item : chosen(projectId, at, keys)) {
            if (item.state() != ReviewState.SUBMITTED) {
                throw new ReviewRefusal("notSubmitted", name(item));
            }
            if (!currentUser.isSystem()
                    && (who.equals(item.updatedBy()) || who.equals(item.review().submittedBy()))) {
                throw new ReviewRefusal("ownEntry", name(item));
            }
            update(
                    projectId,
                    at,
                    item,
                    ReviewState.APPROVED,
                    "reviewed_by = :who, reviewed_at = :at, review_reason = NULL",
                    null);
            approved.approve(item.key(), item.rowId(), who, now());
        }
        return keys.size();
    }

    /** The officer returns every submitted item of the project to its owner, with a reason. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public int returnAll(long projectId, Checkpoint at, String reason) {
        return returnItems(projectId, at, submitted(projectId, at), reason);
    }

    /**
     * The officer returns the listed items with a reason: submitted ones, or settled ones before the round is locked
     * (returning an approved item withdraws its approval).
     */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public int returnItems(long projectId, Checkpoint at, Collection<ItemKey> keys, String reason) {
        String why = reason(reason);
        for (ReviewItem item : chosen(projectId, at, keys)) {
            if (item.state() == null || !RETURNABLE.contains(item.state())) {
                throw new ReviewRefusal("notReturnable", name(item));
            }
            update(
                    projectId,
                    at,
                    item,
                    ReviewState.RETURNED,
                    "reviewed_by = :who, reviewed_at = :at, review_reason = :reason",
                    why);
            if (item.state() == ReviewState.APPROVED) {
                approved.withdraw(projectId, item.key(), at); // the approval is withdrawn: leaders no longer see it
            }
        }
        return keys.size();
    }

    /**
     * The officer waives the listed items with a reason (免报: not reported, or not reportable, this round): they no
     * longer keep the round from being locked. An approved item cannot be waived.
     */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public int waive(long projectId, Checkpoint at, Collection<ItemKey> keys, String reason) {
        String why = reason(reason);
        for (ReviewItem item : chosen(projectId, at, keys)) {
            if (item.state() != null && item.state().isSettled()) {
                throw new ReviewRefusal("settled", name(item));
            }
            if (item.state() == null) {
                insertWaived(projectId, at, item.key(), why);
                audit(projectId, at, item.key(), null, ReviewState.WAIVED, why);
            } else {
                update(
                        projectId,
                        at,
                        item,
                        ReviewState.WAIVED,
                        "reviewed_by = :who, reviewed_at = :at, review_reason = :reason",
                        why);
            }
        }
        return keys.size();
    }

    private List<ItemKey> submitted(long projectId, Checkpoint at) {
        List<ItemKey> keys = items(projectId, at).stream()
                .filter(i -> i.state() == ReviewState.SUBMITTED)
                .map(ReviewItem::key)
                .toList();
        if (keys.isEmpty()) {
            throw new ReviewRefusal("nothingSubmitted");
        }
        return keys;
    }

    /** The listed items, in the report's order; refused on a locked checkpoint, an unknown item or an empty choice. */
    private List<ReviewItem> chosen(long projectId, Checkpoint at, Collection<ItemKey> keys) {
        if (keys.isEmpty()) {
            throw new ReviewRefusal("nothingChosen");
        }
        if (isLocked(projectId, at)) {
            throw new ReviewRefusal("locked", at.iso());
        }
        Map<ItemKey, ReviewItem> all =
                items(projectId, at).stream().collect(Collectors.toMap(ReviewItem::key, Function.identity()));
        Set<ItemKey> wanted = new LinkedHashSet<>(keys);
        for (ItemKey key : wanted) {
            if (!all.containsKey(key)) {
                throw new IllegalArgumentException(
                        "No annual indicator " + key.indicatorId() + " in project " + projectId);
            }
        }
        return all.values().stream().filter(i -> wanted.contains(i.key())).toList();
    }

    /**
     * Locked for every department, for the project's or for the 主管部门 above it. A locking read of those locks (as
     * {@code CheckpointLocks.holding}; the project's place is read first, unlocked): a lock taken meanwhile, on this
     * server or another, waits for this review step to commit, and this step waits for a lock being taken, so that no
     * review step changes an item once its lock is committed.
     */
    private boolean isLocked(long projectId, Checkpoint at) {
        List<Long> departments = new ArrayList<>(List.of(DepartmentsAbove.ALL));
        jdbc.sql("SELECT d.id, d.parent_id FROM project p JOIN department d ON d.id = p.department_id WHERE p.id = :p")
                .param("p", projectId)
                .query(rs -> {
                    departments.add(rs.getLong(1));
                    Long parent = rs.getObject(2, Long.class);
                    if (parent != null) {
                        departments.add(parent);
                    }
                });
        return jdbc.sql("SELECT COUNT(*) FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m"
                                + " AND department_id IN (:d) LOCK IN SHARE MODE")
                        .param("d", departments)
                        .param("y", at.year())
                        .param("m", at.month())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private String reason(@Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ReviewRefusal("reasonMissing");
        }
        if (why.length() > REASON_MAX) {
            throw new ReviewRefusal("reasonTooLong", REASON_MAX);
        }
        return why;
    }

    /** One state change of a stored row, refused when someone changed the row since it was read. */
    private void update(
            long projectId, Checkpoint at, ReviewItem item, ReviewState to, String set, @Nullable String reason) {
        String table = item.key().isBudget() ? "budget_execution" : "indicator_actual";
        int rows = jdbc.sql("UPDATE " + table + " SET review_state = :to, " + set
                        + ", version = version + 1 WHERE id = :id AND version = :version")
                .param("to", to.name())
                .param("who", currentUser.name())
                .param("at", now())
                .param("reason", reason)
                .param("id", item.rowId())
                .param("version", item.version())
                .update();
        if (rows != 1) {
            throw new ReviewRefusal("changedMeanwhile", name(item));
        }
        audit(projectId, at, item.key(), item.state(), to, reason);
    }

    private void insertWaived(long projectId, Checkpoint at, ItemKey key, String reason) {
        String target = key.isBudget() ? "budget_execution (project_id" : "indicator_actual (indicator_id";
        jdbc.sql("INSERT INTO " + target + """
                , checkpoint_year, checkpoint_month, updated_by, updated_at, review_state, reviewed_by,
                reviewed_at, review_reason) VALUES (:owner, :y, :m, :who, :at, 'WAIVED', :who, :at, :reason)""")
                .param("owner", key.isBudget() ? projectId : key.indicatorId())
                .param("y", at.year())
                .param("m", at.month())
                .param("who", currentUser.name())
                .param("at", now())
                .param("reason", reason)
                .update();
    }

    private void audit(
            long projectId,
            Checkpoint at,
            ItemKey key,
            @Nullable ReviewState from,
            ReviewState to,
            @Nullable String reason) {
        String field = key.isBudget() ? "budget_review" : "review";
        changeLog.record(currentUser.name(), projectId, key.indicatorId(), at.iso(), field, from, to);
        if (reason != null) {
            changeLog.record(
                    currentUser.name(), projectId, key.indicatorId(), at.iso(), field + "_reason", null, reason);
        }
    }

    private static Object name(ReviewItem item) {
        return item.name() == null ? ReviewRefusal.budgetLine() : item.name();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
