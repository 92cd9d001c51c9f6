package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.attain.i18n.Message;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/**
 * Turns targets and readings into lights that explain themselves (rules in DOMAIN.md, "Status lights"). Two
 * questions, never mixed up: before an indicator is due, is it on track against what is expected by now? Once it is
 * due, was the target met? Pure Java: no framework, no database; the same engine serves the dashboard, the entry
 * form, the exports and the command line.
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
        return evaluate(name, target, profile, at, r, null);
    }

    /**
     * @param overdueSince the due date of the reporting round when it has passed (an unreported value is then
     *                     逾期未填报); null while the round is open or when there is none
     */
    public IndicatorStatus evaluate(
            String name,
            Target target,
            ProgressProfile profile,
            Checkpoint at,
            Reading r,
            @Nullable LocalDate overdueSince) {
        Sentence s = new Sentence(at, name);
        Set<IndicatorStatus.Flag> flags = EnumSet.noneOf(IndicatorStatus.Flag.class);
        if (r.likelihood() != null && r.likelihood().atRisk()) {
            flags.add(IndicatorStatus.Flag.AT_RISK);
        }
        if (forecastMisses(target, r)) {
            flags.add(IndicatorStatus.Flag.FORECAST_MISSES_TARGET);
        }
        if (!r.hasActual()) {
            if (profile.kind() == ProgressProfile.Kind.YEAR_END && !profile.isDue(at)) {
                return unjudged(Light.NOT_DUE, flags, s.notDue());
            }
            if (overdueSince != null) {
                return unjudged(Light.OVERDUE, flags, s.overdue(overdueSince));
            }
            return unjudged(Light.NOT_REPORTED, flags, s.notReported());
        }
        if (target.isQualitative() || target.value() == null) {
            return qualitative(r, s, flags);
        }
        if (r.actual() == null) {
            return unjudged(Light.NOT_REPORTED, flags, s.notReported());
        }
        BigDecimal actual = r.actual();
        BigDecimal value = target.value();
        if (target.direction() == Direction.LOWER_IS_BETTER) {
            return ceiling(s, flags, target, actual, value);
        }
        BigDecimal ofTarget = ratio(actual, value);
        if (ofTarget.compareTo(thresholds.overshoot()) >= 0 && value.signum() > 0) {
            flags.add(IndicatorStatus.Flag.OVERSHOOT);
        }
        boolean cumulative = profile.isCumulative() && !target.isPercentage();
        boolean met = meets(target.comparator(), actual, value);
        boolean due = profile.isDue(at);
        if (due || (cumulative && met)) {
            // due: met or missed, nothing in between; a cumulative target already met early is done
            if (met) {
                Light light = ofTarget.compareTo(thresholds.overshoot()) >= 0 ? Light.BLUE : Light.GREEN;
                return new IndicatorStatus(light, value, ofTarget, flags, s.met(light, actual, target, ofTarget, !due));
            }
            Light light = thresholds.forMiss(ofTarget);
            return new IndicatorStatus(
                    light, value, ofTarget, flags, s.missed(light, actual, target, ofTarget, profile));
        }
        if (!cumulative) {
            Light light = thresholds.forRatio(ofTarget);
            if (met && light.isShortfall()) {
                light = Light.GREEN; // a met rate is never behind, whatever the band says (a target of 0%)
            }
            return new IndicatorStatus(
                    light, value, ofTarget, flags, s.rateOnTheWay(light, actual, target, ofTarget, met));
        }
        BigDecimal expected = expectedByNow(target, profile, at);
        BigDecimal ratio = expected.signum() == 0 ? BigDecimal.ONE : actual.divide(expected, 4, RoundingMode.HALF_UP);
        Light light = thresholds.forRatio(ratio);
        return new IndicatorStatus(
                light, expected, ratio, flags, s.onTheWay(light, actual, expected, target, profile, ratio));
    }

    /**
     * What is expected by the checkpoint in the target's unit: the target itself for rates, percentages and year-end
     * figures; the due share of it for cumulative counts and amounts, a whole number for counts of people and things
     * (12.5人 is not a target anyone can meet: round up).
     */
    public static BigDecimal expectedByNow(Target target, ProgressProfile profile, Checkpoint at) {
        BigDecimal value = target.value();
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (!profile.isCumulative() || target.isPercentage() || target.direction() == Direction.LOWER_IS_BETTER) {
            return value;
        }
        BigDecimal expected = value.multiply(profile.expectedShare(at));
        if (Units.isCount(target.unit()) && value.stripTrailingZeros().scale() <= 0) {
            return expected.setScale(0, RoundingMode.CEILING);
        }
        return expected.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The budget light: execution rate ÷ time progress. */
    public BudgetStatus budget(Checkpoint at, @Nullable BigDecimal budget, @Nullable BigDecimal executed) {
        return budget(at, budget, executed, null);
    }

    public BudgetStatus budget(
            Checkpoint at,
            @Nullable BigDecimal budget,
            @Nullable BigDecimal executed,
            @Nullable LocalDate overdueSince) {
        if (budget == null || budget.signum() <= 0 || executed == null) {
            return overdueSince == null ? BudgetStatus.notReported(at) : BudgetStatus.overdue(at, overdueSince);
        }
        BigDecimal rate = executed.divide(budget, 6, RoundingMode.HALF_UP);
        BigDecimal ratio = rate.divide(at.timeProgress(), 6, RoundingMode.HALF_UP);
        Light light = thresholds.forBudget(ratio);
        return BudgetStatus.of(at, light, budget, executed, rate, ratio);
    }

    private IndicatorStatus ceiling(
            Sentence s, Set<IndicatorStatus.Flag> flags, Target target, BigDecimal actual, BigDecimal value) {
        // lower is better: over the ceiling is red at any checkpoint, within it green
        boolean within =
                target.comparator() == Comparator.LT ? actual.compareTo(value) < 0 : actual.compareTo(value) <= 0;
        Light light = within ? Light.GREEN : Light.RED;
        BigDecimal ratio = actual.signum() == 0 ? null : value.divide(actual, 4, RoundingMode.HALF_UP);
        return new IndicatorStatus(light, value, ratio, flags, s.ceiling(light, actual, target, within));
    }

    private static IndicatorStatus unjudged(Light light, Set<IndicatorStatus.Flag> flags, Message explanation) {
        return new IndicatorStatus(light, null, null, flags, explanation);
    }

    private IndicatorStatus qualitative(Reading r, Sentence s, Set<IndicatorStatus.Flag> flags) {
        if (r.actualLevel() == null) {
            return unjudged(Light.NOT_REPORTED, flags, s.notReported());
        }
        Light light =
                switch (r.actualLevel()) {
                    case ACHIEVED -> Light.GREEN;
                    case PARTIAL -> Light.YELLOW;
                    case NOT_ACHIEVED -> Light.RED;
                };
        return new IndicatorStatus(light, null, null, flags, s.level(light, r.actualLevel()));
    }

    private static BigDecimal ratio(BigDecimal actual, BigDecimal value) {
        return value.signum() == 0
                ? (actual.signum() >= 0 ? BigDecimal.ONE : BigDecimal.ZERO)
                : actual.divide(value, 4, RoundingMode.HALF_UP);
    }

    private static boolean meets(@Nullable Comparator c, BigDecimal actual, BigDecimal value) {
        int cmp = actual.compareTo(value);
        return switch (c == null ? Comparator.GE : c) {
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
        if (r.forecast() == null || target.value() == null) {
            return false;
        }
        if (target.direction() == Direction.LOWER_IS_BETTER) {
            int cmp = r.forecast().compareTo(target.value());
            return target.comparator() == Comparator.LT ? cmp >= 0 : cmp > 0;
        }
        return !meets(target.comparator(), r.forecast(), target.value());
    }
}
