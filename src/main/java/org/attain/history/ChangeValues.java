package org.attain.history;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.attain.i18n.Labels;
import org.attain.i18n.Texts;
import org.attain.status.Deviation;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A value of the change log as the reader sees it: the words the log records for a likelihood, a level, deviation
 * causes or the state of a checkpoint lock are shown in the reader's language; every other value (numbers, texts
 * people wrote) as it is.
 */
public final class ChangeValues {

    private static final String REOPENED = "open: ";
    private static final String LOCKED_FOR = "locked: ";

    private ChangeValues() {}

    public static String shown(String field, @Nullable String value, Texts t) {
        if (value == null) {
            return "—";
        }
        return switch (field) {
            case "likelihood", "budget_likelihood" ->
                Labels.parse(Likelihood.class, value).map(t::text).orElse(value);
            case "actual", "forecast" ->
                Labels.parse(QualitativeLevel.class, value).map(t::text).orElse(value);
            case "reasons", "budget_reasons" ->
                reasons(value).map(d -> t.render(d.reasonSummary())).orElse(value);
            case "checkpoint_lock" ->
                value.startsWith(REOPENED)
                        ? t.get("change.lock.reopened", value.substring(REOPENED.length()))
                        : lock(value, t).orElse(value);
            case "password" -> "changed".equals(value) ? t.get("change.password.changed") : value;
            case "review", "budget_review" -> value.matches("[A-Z]+") ? t.get("review.state." + value) : value;
            default -> value;
        };
    }

    /**
     * Reasons as the log records them ("经费保障、人员保障：free text"): the causes are read back so that they can be
     * named in the reader's language; the free text stays as written.
     */
    private static Optional<Deviation> reasons(String value) {
        int colon = value.indexOf('：');
        String head = colon < 0 ? value : value.substring(0, colon);
        Set<DeviationReason> causes = EnumSet.noneOf(DeviationReason.class);
        for (String word : head.split("、")) {
            Optional<DeviationReason> cause = Labels.parse(DeviationReason.class, word);
            if (cause.isEmpty()) {
                return Optional.empty();
            }
            causes.add(cause.get());
        }
        return Optional.of(new Deviation(causes, colon < 0 ? null : value.substring(colon + 1), null, null));
    }

    /** "open", "locked" (every department) or "locked: " and the one department locked. */
    private static Optional<String> lock(String value, Texts t) {
        if (value.startsWith(LOCKED_FOR)) {
            return Optional.of(t.get("change.lock.lockedFor", value.substring(LOCKED_FOR.length())));
        }
        return "open".equals(value) || "locked".equals(value)
                ? Optional.of(t.get("change.lock." + value))
                : Optional.empty();
    }

    /** "old → new" in the reader's words. */
    public static String change(String field, @Nullable String oldValue, @Nullable String newValue, Texts t) {
        return shown(field, oldValue, t) + " → " + shown(field, newValue, t);
    }
}
