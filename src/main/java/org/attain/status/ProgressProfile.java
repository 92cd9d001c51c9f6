package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.attain.i18n.MessageException;
import org.jspecify.annotations.Nullable;

/**
 * How much of an annual target is expected by a checkpoint.
 *
 * @param kind              LINEAR (pro-rated by T), BY_DATE (all by the end of {@code dueMonth}), SPRING_FESTIVAL
 *                          (all by the eve of that year's 春节), RATE (the target itself), YEAR_END (judged only at
 *                          year end) or CUSTOM (cumulative monthly percentages)
 * @param dueMonth          for BY_DATE: the month by whose end everything is due (2 for 春节)
 * @param monthlyPercentages for CUSTOM: 12 cumulative percentages, January first
 */
public record ProgressProfile(Kind kind, @Nullable Integer dueMonth, List<BigDecimal> monthlyPercentages) {

    public enum Kind {
        LINEAR,
        BY_DATE,
        SPRING_FESTIVAL,
        RATE,
        YEAR_END,
        CUSTOM
    }

    public static final ProgressProfile LINEAR = new ProgressProfile(Kind.LINEAR, null, List.of());
    public static final ProgressProfile RATE = new ProgressProfile(Kind.RATE, null, List.of());
    public static final ProgressProfile YEAR_END = new ProgressProfile(Kind.YEAR_END, null, List.of());
    public static final ProgressProfile SPRING_FESTIVAL = new ProgressProfile(Kind.SPRING_FESTIVAL, null, List.of());

    public ProgressProfile {
        monthlyPercentages = List.copyOf(monthlyPercentages);
        if (kind == Kind.BY_DATE && (dueMonth == null || dueMonth < 1 || dueMonth > 12)) {
            throw new MessageException("settings.refused.dueMonth");
        }
        if (kind == Kind.CUSTOM) {
            if (monthlyPercentages.size() != 12) {
                throw new MessageException("settings.refused.customCount", monthlyPercentages.size());
            }
            BigDecimal previous = BigDecimal.ZERO;
            for (BigDecimal p : monthlyPercentages) {
                if (p.compareTo(previous) < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new MessageException("settings.refused.customCumulative");
                }
                previous = p;
            }
        }
    }

    public static ProgressProfile byDate(int dueMonth) {
        return new ProgressProfile(Kind.BY_DATE, dueMonth, List.of());
    }

    public static ProgressProfile custom(List<BigDecimal> cumulativePercentages) {
        return new ProgressProfile(Kind.CUSTOM, null, cumulativePercentages);
    }

    /**
     * The day by which the whole target is due: the eve of 春节 for SPRING_FESTIVAL, the end of the due month for
     * BY_DATE, the end of the year for every other kind (pro-rated, rate, year-end and custom indicators).
     */
    public LocalDate dueDate(int year) {
        return switch (kind) {
            case BY_DATE -> Checkpoint.endOf(year, dueMonth);
            case SPRING_FESTIVAL -> SpringFestival.eve(year);
            default -> LocalDate.of(year, 12, 31);
        };
    }

    /** Whether the indicator is due at the checkpoint: from then on it is met or missed, no longer "on track". */
    public boolean isDue(Checkpoint at) {
        return !at.end().isBefore(dueDate(at.year()));
    }

    /** The share of the annual target expected by the checkpoint, 0 to 1; RATE and YEAR_END compare with all of it. */
    public BigDecimal expectedShare(Checkpoint at) {
        if (isDue(at)) {
            return BigDecimal.ONE;
        }
        return switch (kind) {
            case LINEAR -> at.timeProgress();
            case BY_DATE ->
                BigDecimal.valueOf(at.month()).divide(BigDecimal.valueOf(dueMonth), 6, RoundingMode.HALF_UP);
            case SPRING_FESTIVAL -> {
                LocalDate start = LocalDate.of(at.year(), 1, 1);
                long elapsed = ChronoUnit.DAYS.between(start, at.end()) + 1;
                long total = ChronoUnit.DAYS.between(start, dueDate(at.year())) + 1;
                yield BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
            }
            case RATE, YEAR_END -> BigDecimal.ONE;
            case CUSTOM ->
                monthlyPercentages.get(at.month() - 1).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        };
    }

    /** Whether the target is pro-rated over the year (a cumulative count or amount), not compared as a whole. */
    public boolean isCumulative() {
        return kind != Kind.RATE && kind != Kind.YEAR_END;
    }

    /** Stored form: LINEAR, RATE, YEAR_END, SPRING_FESTIVAL, BY_DATE:2, CUSTOM:5,10,…,100. */
    public String encode() {
        return switch (kind) {
            case BY_DATE -> "BY_DATE:" + dueMonth;
            case CUSTOM ->
                "CUSTOM:"
                        + String.join(
                                ",",
                                monthlyPercentages.stream()
                                        .map(BigDecimal::toPlainString)
                                        .toList());
            default -> kind.name();
        };
    }

    public static ProgressProfile decode(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return LINEAR;
        }
        String[] parts = stored.split(":", 2);
        Kind kind = Kind.valueOf(parts[0].strip());
        return switch (kind) {
            case BY_DATE -> byDate(Integer.parseInt(parts[1].strip()));
            case CUSTOM ->
                custom(Arrays.stream(parts[1].split(","))
                        .map(s -> new BigDecimal(s.strip()))
                        .toList());
            default -> new ProgressProfile(kind, null, List.of());
        };
    }
}
