package org.attain.monitoring;

import org.attain.history.ChangeLog;
import org.attain.i18n.Texts;
import org.attain.indicator.Indicator;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * The change-log entries of a saved entry form, field by field (old → new), in the words of the official forms: the
 * same for a form saved in the UI and for a row of an imported file.
 */
final class EntryChanges {

    /** The language of the change log's values: that of the official forms. */
    private static final Texts LOG = Texts.chinese();

    private EntryChanges() {}

    /** An indicator's new values, which are a draft again (also over an approved or returned value). */
    static void actual(
            ChangeLog.Pending log,
            String who,
            Indicator indicator,
            Checkpoint at,
            @Nullable ReviewState state,
            ActualInput before,
            ActualInput in) {
        Long project = indicator.getProjectId();
        Long id = indicator.getId();
        String cp = at.iso();
        log.record(who, project, id, cp, "review", state, ReviewState.DRAFT);
        log.record(
                who,
                project,
                id,
                cp,
                "actual",
                before.actual() != null ? before.actual() : logged(before.actualLevel()),
                in.actual() != null ? in.actual() : logged(in.actualLevel()));
        log.record(
                who,
                project,
                id,
                cp,
                "forecast",
                before.forecast() != null ? before.forecast() : logged(before.forecastLevel()),
                in.forecast() != null ? in.forecast() : logged(in.forecastLevel()));
        log.record(who, project, id, cp, "likelihood", logged(before.likelihood()), logged(in.likelihood()));
        log.record(who, project, id, cp, "reasons", reasons(before), reasons(in));
        log.record(who, project, id, cp, "corrective_action", before.correctiveAction(), in.correctiveAction());
        log.record(who, project, id, cp, "narrative", before.narrative(), in.narrative());
        log.record(who, project, id, cp, "note", before.note(), in.note());
    }

    /** The budget figures that changed; whether any did. */
    static boolean budget(
            ChangeLog.Pending log, String who, long projectId, Checkpoint at, BudgetInput before, BudgetInput in) {
        String cp = at.iso();
        boolean changed =
                log.record(who, projectId, null, cp, "adjusted_budget", before.adjustedBudget(), in.adjustedBudget());
        changed |= log.record(
                who, projectId, null, cp, "adjustment_reason", before.adjustmentReason(), in.adjustmentReason());
        changed |= log.record(who, projectId, null, cp, "executed", before.executed(), in.executed());
        changed |= log.record(who, projectId, null, cp, "budget_forecast", before.forecast(), in.forecast());
        changed |= log.record(
                who,
                projectId,
                null,
                cp,
                "budget_reasons",
                LOG.render(before.deviation().reasonSummary()),
                LOG.render(in.deviation().reasonSummary()));
        changed |= log.record(
                who,
                projectId,
                null,
                cp,
                "budget_likelihood",
                logged(before.deviation().likelihood()),
                logged(in.deviation().likelihood()));
        changed |= log.record(
                who,
                projectId,
                null,
                cp,
                "budget_corrective_action",
                before.deviation().correctiveAction(),
                in.deviation().correctiveAction());
        return changed;
    }

    /** A likelihood or a level as the change log records it: in the words of the official forms. */
    private static @Nullable String logged(@Nullable Enum<?> value) {
        return value == null ? null : LOG.text(value);
    }

    private static String reasons(ActualInput in) {
        return LOG.render(new Deviation(in.reasons(), in.reasonText(), null, null).reasonSummary());
    }
}
