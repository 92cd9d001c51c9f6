package org.attain.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.history.ChangeLog;
import org.attain.i18n.MessageException;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.ProgressProfile;
import org.attain.targets.Comparator;
import org.attain.targets.Target;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores approved indicators and keeps every earlier target as a revision. */
@Service
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final CurrentUser currentUser;

    private static final String INSERT = """
            INSERT INTO indicator (project_id, goal_table, position, category, subcategory, name, target_text, comparator,
            target_value, unit, direction, target_basis, progress_profile, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final JdbcTemplate batch;

    IndicatorService(
            IndicatorRepository indicators,
            JdbcClient jdbc,
            JdbcTemplate batch,
            ChangeLog changeLog,
            CurrentUser currentUser) {
        this.batch = batch;
        this.currentUser = currentUser;
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    public Optional<Indicator> find(long id) {
        return indicators.findById(id);
    }

    /** Sets how an indicator is expected to progress through the year (the officer's choice). */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public Indicator setProgressProfile(long indicatorId, ProgressProfile profile) {
        Indicator indicator = indicators
                .findById(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + indicatorId));
        changeLog.record(
                currentUser.name(),
                indicator.getProjectId(),
                indicatorId,
                null,
                "progress_profile",
                indicator.getProgressProfile().encode(),
                profile.encode());
        indicator.setProgressProfile(profile);
        return indicators.save(indicator);
    }

    public List<Indicator> findByProject(long projectId) {
        return indicators.findByProject(projectId);
    }

    /** As {@link #findByProject} for many projects in one query: each project's indicators, in the same order. */
    public Map<Long, List<Indicator>> findByProjects(Collection<Long> projectIds) {
        Map<Long, List<Indicator>> byProject = new HashMap<>();
        if (!projectIds.isEmpty()) {
            indicators.findByProjects(projectIds).forEach(i -> byProject
                    .computeIfAbsent(i.getProjectId(), k -> new ArrayList<>())
                    .add(i));
        }
        return byProject;
    }

    /**
     * Brings a project's indicators in line with an approval: matched by table and name, new ones added, changed
     * targets revised (the old one kept with who and why). Indicators missing from the approval are kept, since
     * actuals may hang on them.
     */
    @Transactional
    public TargetSync syncTargets(long projectId, List<IndicatorSpec> specs, String why) {
        List<Indicator> fresh = new ArrayList<>();
        TargetSync sync =
                sync(projectId, indicators.findByProject(projectId), projectText(projectId), specs, why, fresh);
        // the new ones in one batched statement, not one insert each
        batch.batchUpdate(INSERT, fresh.stream().map(Indicator::columns).toList());
        return sync;
    }

    /** One project's approval for {@link #syncTargetsAll}: a new project has no indicators yet, none are read. */
    public record Approval(long projectId, boolean created, String projectText, List<IndicatorSpec> specs) {}

    /**
     * As {@link #syncTargets} for many projects, in their order: the existing indicators of all of them read in one
     * query, the new ones of all of them inserted in one batch.
     */
    @Transactional
    public List<TargetSync> syncTargetsAll(List<Approval> approvals, String why) {
        Map<Long, List<Indicator>> existing = findByProjects(approvals.stream()
                .filter(a -> !a.created())
                .map(Approval::projectId)
                .toList());
        List<Indicator> fresh = new ArrayList<>();
        List<TargetSync> syncs = new ArrayList<>(approvals.size());
        for (Approval a : approvals) {
            syncs.add(sync(
                    a.projectId(),
                    existing.getOrDefault(a.projectId(), List.of()),
                    a.projectText(),
                    a.specs(),
                    why,
                    fresh));
        }
        for (int from = 0; from < fresh.size(); from += 5_000) {
            batch.batchUpdate(
                    INSERT,
                    fresh.subList(from, Math.min(fresh.size(), from + 5_000)).stream()
                            .map(Indicator::columns)
                            .toList());
        }
        return syncs;
    }

    /** Brings one project's indicators in line; the new ones are added to {@code fresh}, for the caller to insert. */
    private TargetSync sync(
            long projectId,
            List<Indicator> current,
            String projectText,
            List<IndicatorSpec> specs,
            String why,
            List<Indicator> fresh) {
        Map<String, Indicator> existing = new HashMap<>();
        for (Indicator i : current) {
            existing.put(key(i.getGoalTable(), i.getName()), i);
        }
        int added = 0;
        int unchanged = 0;
        int revised = 0;
        int position = 0;
        for (IndicatorSpec spec : specs) {
            position++;
            Indicator found = existing.remove(key(spec.table(), spec.name()));
            if (found == null) {
                fresh.add(new Indicator(
                        projectId,
                        spec.table(),
                        position,
                        spec.category(),
                        spec.subcategory(),
                        spec.name(),
                        spec.target(),
                        spec.targetBasis(),
                        projectText));
                added++;
                continue;
            }
            boolean moved = found.place(position, spec.category(), spec.subcategory(), spec.targetBasis());
            if (!found.getTargetText().equals(spec.target().text())) {
                recordRevision(found, spec.target(), why);
                found.setTarget(spec.target());
                revised++;
            } else {
                unchanged++;
                if (!moved) {
                    continue; // not written again: no update, and nothing to judge again
                }
            }
            indicators.save(found);
        }
        return new TargetSync(added, unchanged, revised, existing.size());
    }

    /** The project's name, 立项依据 and goal texts: what tells a Spring Festival campaign from year-round work. */
    public String projectText(long projectId) {
        return jdbc.sql("SELECT CONCAT_WS(' ', name, basis, long_term_goal, annual_goal) FROM project WHERE id = :id")
                .param("id", projectId)
                .query(String.class)
                .optional()
                .orElse("");
    }

    /** The officer's reading of a target written without comparator (e.g. 900元/人 as a ceiling or an exact value). */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public Indicator setComparator(long indicatorId, Comparator comparator) {
        Indicator current = indicators
                .findById(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + indicatorId));
        Target before = current.getTarget();
        if (before.isQualitative()) {
            throw new MessageException("settings.refused.qualitativeComparator");
        }
        changeLog.record(
                currentUser.name(),
                current.getProjectId(),
                indicatorId,
                null,
                "comparator",
                before.comparator().symbol(),
                comparator.symbol());
        current.setTarget(before.withComparator(comparator, current.isCost()));
        return indicators.save(current);
    }

    /** Changes one target by hand, e.g. after an approved adjustment. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public Indicator reviseTarget(long indicatorId, Target target, String why) {
        Indicator current = indicators
                .findById(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + indicatorId));
        recordRevision(current, target, why);
        current.setTarget(target);
        return indicators.save(current);
    }

    /**
     * Adds an annual indicator from an approved target adjustment: it counts from the checkpoint {@code fromMonth} of
     * the project's year on. The caller (the adjustment's approval) holds the roles and the audit.
     */
    @RequiresRole({Role.PERFORMANCE_OFFICER, Role.ADMIN})
    @Transactional
    public Indicator addAnnual(
            long projectId, String category, String subcategory, String name, Target target, int fromMonth) {
        int position = jdbc.sql(
                        "SELECT COALESCE(MAX(position), 0) + 1 FROM indicator WHERE project_id = :p AND goal_table = 'ANNUAL'")
                .param("p", projectId)
                .query(Integer.class)
                .single();
        Indicator added = indicators.save(new Indicator(
                projectId,
                GoalTable.ANNUAL,
                position,
                category,
                subcategory,
                name,
                target,
                null,
                projectText(projectId)));
        jdbc.sql("UPDATE indicator SET added_from_month = :m WHERE id = :id")
                .param("m", fromMonth)
                .param("id", added.getId())
                .update();
        return added;
    }

    /** Removes an annual indicator from the checkpoint {@code fromMonth} on (an approved adjustment): kept before. */
    @RequiresRole({Role.PERFORMANCE_OFFICER, Role.ADMIN})
    @Transactional
    public void removeFrom(long indicatorId, int fromMonth) {
        jdbc.sql("UPDATE indicator SET removed_from_month = :m WHERE id = :id")
                .param("m", fromMonth)
                .param("id", indicatorId)
                .update();
    }

    /**
     * The SQL condition that an indicator (aliased {@code alias}) counts at the month named by {@code month} (a
     * parameter or a column): not added later, not removed by then.
     */
    public static String countsAt(String alias, String month) {
        return "(" + alias + ".added_from_month IS NULL OR " + alias + ".added_from_month <= " + month + ") AND ("
                + alias + ".removed_from_month IS NULL OR " + alias + ".removed_from_month > " + month + ")";
    }

    public List<TargetRevision> revisions(long projectId) {
        return jdbc.sql("""
                SELECT r.indicator_id, r.revised_at, r.revised_by, r.reason, r.old_target, r.new_target
                FROM target_revision r JOIN indicator i ON i.id = r.indicator_id
                WHERE i.project_id = :projectId ORDER BY r.revised_at DESC, r.id DESC""")
                .param("projectId", projectId)
                .query((rs, n) -> new TargetRevision(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    private void recordRevision(Indicator indicator, Target target, String why) {
        String who = currentUser.name();
        changeLog.record(
                who,
                indicator.getProjectId(),
                indicator.getId(),
                null,
                "target",
                indicator.getTargetText(),
                target.text());
        jdbc.sql("""
                INSERT INTO target_revision (indicator_id, revised_at, revised_by, reason, old_target, new_target)
                VALUES (:id, :at, :who, :why, :old, :new)""")
                .param("id", indicator.getId())
                .param("at", Timestamp.from(Instant.now()))
                .param("who", who)
                .param("why", why)
                .param("old", indicator.getTargetText())
                .param("new", target.text())
                .update();
    }

    private static String key(GoalTable table, String name) {
        return table + "|" + name;
    }
}
