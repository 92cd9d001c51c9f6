package org.attain.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import org.attain.adjustment.InForce;
import org.attain.security.DraftScope;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.DeviationReason;
import org.attain.status.IndicatorStatus;
import org.attain.status.Likelihood;
import org.attain.status.ProgressProfile;
import org.attain.status.QualitativeLevel;
import org.attain.status.Reading;
import org.attain.status.ReviewState;
import org.attain.status.StatusEngine;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/**
 * Judges an annual indicator at a checkpoint from what {@link StatusQueries} read: its approved facts, the same at every
 * checkpoint, and the values stored for the checkpoint — the working ones (with their review state) and the approved
 * ones in force. A reader sees the working values where they may see drafts, else the approved ones, else none.
 */
final class IndicatorRows {

    private final StatusEngine engine;

    IndicatorRows(StatusEngine engine) {
        this.engine = engine;
    }

    /** An annual indicator as approved, read from the columns every indicator query selects. */
    record Facts(
            long projectId,
            String projectName,
            long id,
            String category,
            String subcategory,
            String name,
            Target approved,
            ProgressProfile profile) {

        static Facts read(ResultSet rs) throws SQLException {
            String comparator = rs.getString("comparator");
            return new Facts(
                    rs.getLong("project_id"),
                    rs.getString("project_name"),
                    rs.getLong("id"),
                    rs.getString("category"),
                    rs.getString("subcategory"),
                    rs.getString("name"),
                    new Target(
                            rs.getString("target_text"),
                            comparator == null ? null : Comparator.fromAscii(comparator),
                            rs.getBigDecimal("target_value"),
                            rs.getString("unit"),
                            Direction.valueOf(rs.getString("direction")),
                            true,
                            null),
                    ProgressProfile.decode(rs.getString("progress_profile")));
        }
    }

    /**
     * The values stored for an indicator at one checkpoint, working or approved.
     *
     * @param state the review state of working values; approved values have none
     */
    record Values(
            @Nullable ReviewState state,
            Reading reading,
            Set<DeviationReason> reasons,
            @Nullable String reasonText,
            @Nullable String correctiveAction,
            @Nullable String note,
            @Nullable Integer carriedFrom) {

        /** The values in the columns named with this prefix ({@code a_} working, {@code v_} approved). */
        static Values read(ResultSet rs, String prefix, @Nullable ReviewState state) throws SQLException {
            return new Values(
                    state,
                    new Reading(
                            rs.getBigDecimal(prefix + "actual_value"),
                            level(rs.getString(prefix + "actual_level")),
                            rs.getBigDecimal(prefix + "forecast_value"),
                            level(rs.getString(prefix + "forecast_level")),
                            likelihood(rs.getString(prefix + "likelihood"))),
                    Deviation.decodeReasons(rs.getString(prefix + "reasons")),
                    rs.getString(prefix + "reason_text"),
                    rs.getString(prefix + "corrective_action"),
                    rs.getString(prefix + "note"),
                    rs.getObject(prefix + "carried_from", Integer.class));
        }
    }

    /**
     * The indicator as a reader of this scope sees it at this checkpoint.
     *
     * @param working  its working values, if any
     * @param approved its approved values in force, if any
     */
    IndicatorRow row(
            Facts f,
            @Nullable Values working,
            @Nullable Values approved,
            Checkpoint at,
            @Nullable LocalDate overdueSince,
            DraftScope scope,
            InForce inForce) {
        ReviewState state = working == null ? null : working.state();
        Values shown = working != null && scope.covers(f.projectId()) ? working : approved;
        ReviewState shownState = shown == null ? null : shown == working ? state : ReviewState.APPROVED;
        Target adjusted = inForce.targets().get(f.id()); // an approved adjustment in force by this checkpoint
        Target target = adjusted != null ? adjusted : f.approved();
        Reading reading = shown == null ? Reading.NONE : shown.reading();
        IndicatorStatus status =
                engine.evaluate(f.name(), target, f.profile(), at, reading, StatusService.overdue(state, overdueSince));
        return new IndicatorRow(
                f.projectId(),
                f.projectName(),
                f.id(),
                f.category(),
                f.subcategory(),
                f.name(),
                target,
                f.profile(),
                reading,
                shown == null ? Set.of() : shown.reasons(),
                shown == null ? null : shown.reasonText(),
                shown == null ? null : shown.correctiveAction(),
                shown == null ? null : shown.note(),
                status,
                shown == null ? null : shown.carriedFrom(),
                shownState,
                adjusted == null ? null : f.approved());
    }

    static @Nullable QualitativeLevel level(@Nullable String s) {
        return s == null ? null : QualitativeLevel.valueOf(s);
    }

    static @Nullable Likelihood likelihood(@Nullable String s) {
        return s == null ? null : Likelihood.valueOf(s);
    }
}
