package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;

/**
 * Turns targets and readings into lights that explain themselves (rules in DOMAIN.md). Pure Java: no framework,
 * no database; the same engine serves the dashboard, the entry form and the exports.
 */
public final class StatusEngine {

    private final Thresholds thresholds;

    public StatusEngine(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public IndicatorStatus evaluate(String name, Target target, ProgressProfile profile, Checkpoint at, Reading r) {
        Sentence s = new Sentence(at, name);
        Set<IndicatorStatus.Flag> flags = EnumSet.noneOf(IndicatorStatus.Flag.class);
        if (r.likelihood() != null && r.likelihood().atRisk()) {
            flags.add(IndicatorStatus.Flag.AT_RISK);
        }
        if (forecastMisses(target, r)) {
            flags.add(IndicatorStatus.Flag.FORECAST_MISSES_TARGET);
        }
        if (target.isQualitative()) {
            return qualitative(r, s, flags);
        }
        if (profile.kind() == ProgressProfile.Kind.YEAR_END && !at.isYearEnd() && r.actual() == null) {
            return new IndicatorStatus(Light.NOT_DUE, null, null, flags, s.notDue(false), s.notDue(true));
        }
        if (r.actual() == null) {
            return new IndicatorStatus(Light.NOT_REPORTED, null, null, flags, s.notReported(false), s.notReported(true));
        }
        BigDecimal actual = r.actual();
        BigDecimal value = target.value();
        if (value.signum() > 0 && actual.divide(value, 6, RoundingMode.HALF_UP).compareTo(thresholds.overshoot()) >= 0
                && target.direction() != Direction.LOWER_IS_BETTER) {
            flags.add(IndicatorStatus.Flag.OVERSHOOT);
        }
        if (target.direction() == Direction.LOWER_IS_BETTER) {
            boolean met = target.comparator() == Comparator.LT ? actual.compareTo(value) < 0 : actual.compareTo(value) <= 0;
            Light light = met ? Light.GREEN : Light.RED;
            BigDecimal ratio = actual.signum() == 0 ? null : value.divide(actual, 4, RoundingMode.HALF_UP);
            return new IndicatorStatus(light, value, ratio, flags, s.ceiling(false, light, actual, target, met),
                    s.ceiling(true, light, actual, target, met));
        }
        boolean pro = profile.kind() != ProgressProfile.Kind.RATE && profile.kind() != ProgressProfile.Kind.YEAR_END
                && !target.isPercentage();
        BigDecimal share = pro ? profile.expectedShare(at) : BigDecimal.ONE;
        BigDecimal expected = value.multiply(share).setScale(4, RoundingMode.HALF_UP);
        BigDecimal ratio = expected.signum() == 0 ? BigDecimal.ONE : actual.divide(expected, 4, RoundingMode.HALF_UP);
        Light light = thresholds.forRatio(ratio);
        boolean deadlinePassed = profile.kind() == ProgressProfile.Kind.BY_DATE && at.month() >= profile.dueMonth();
        if (deadlinePassed && actual.compareTo(value) < 0) {
            light = Light.RED; // everything was due by the date: a shortfall now is final
        }
        if (!pro && !meets(target.comparator(), actual, value) && (light == Light.GREEN || light == Light.BLUE)) {
            light = Light.YELLOW; // a rate compared with the target itself: missing it is never green (">" strictly)
        }
        String zh = pro ? s.cumulative(false, light, actual, expected, target, profile, ratio)
                : s.rate(false, light, actual, target, ratio);
        String en = pro ? s.cumulative(true, light, actual, expected, target, profile, ratio)
                : s.rate(true, light, actual, target, ratio);
        return new IndicatorStatus(light, expected, ratio, flags, zh, en);
    }

    /** The budget light: execution rate ÷ time progress. */
    public BudgetStatus budget(Checkpoint at, BigDecimal budget, BigDecimal executed) {
        if (budget == null || budget.signum() <= 0 || executed == null) {
            return BudgetStatus.notReported(at);
        }
        BigDecimal rate = executed.divide(budget, 6, RoundingMode.HALF_UP);
        BigDecimal ratio = rate.divide(at.timeProgress(), 6, RoundingMode.HALF_UP);
        Light light = thresholds.forBudget(ratio);
        return BudgetStatus.of(at, light, budget, executed, rate, ratio);
    }

    private IndicatorStatus qualitative(Reading r, Sentence s, Set<IndicatorStatus.Flag> flags) {
        if (r.actualLevel() == null) {
            return new IndicatorStatus(Light.NOT_REPORTED, null, null, flags, s.notReported(false), s.notReported(true));
        }
        Light light = switch (r.actualLevel()) {
            case ACHIEVED -> Light.GREEN;
            case PARTIAL -> Light.YELLOW;
            case NOT_ACHIEVED -> Light.RED;
        };
        return new IndicatorStatus(light, null, null, flags, s.level(false, light, r.actualLevel()),
                s.level(true, light, r.actualLevel()));
    }

    private static boolean meets(Comparator c, BigDecimal actual, BigDecimal value) {
        int cmp = actual.compareTo(value);
        return switch (c) {
            case GE, EQ -> cmp >= 0;
            case GT -> cmp > 0;
            case LE -> cmp <= 0;
            case LT -> cmp < 0;
        };
    }

    private static boolean forecastMisses(Target target, Reading r) {
        if (target.isQualitative()) {
            return r.forecastLevel() != null && r.forecastLevel() != QualitativeLevel.ACHIEVED;
        }
        if (r.forecast() == null) {
            return false;
        }
        int cmp = r.forecast().compareTo(target.value());
        return switch (target.comparator()) {
            case GE, EQ -> target.direction() == Direction.LOWER_IS_BETTER ? cmp > 0 : cmp < 0;
            case GT -> cmp <= 0;
            case LE -> cmp > 0;
            case LT -> cmp >= 0;
        };
    }
}
