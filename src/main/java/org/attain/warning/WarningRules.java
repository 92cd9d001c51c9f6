package org.attain.warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The warning rules of a year (pure Java): execution floors by month — the floor of the latest month named at or
 * before a checkpoint applies — and the largest gap between target attainment and budget execution, in points; a
 * warning asks for a decision within {@code decisionDays} of the round's due date.
 */
public record WarningRules(SortedMap<Integer, BigDecimal> floors, BigDecimal gapPoints, int decisionDays) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Below 25 % by April, 40 % by June, 60 % by August, 80 % by October; a gap above 10 points; 15 days to decide. */
    public static final WarningRules DEFAULT = parse("4:25,6:40,8:60,10:80", BigDecimal.TEN, 15);

    public WarningRules {
        floors = new TreeMap<>(floors);
        for (Map.Entry<Integer, BigDecimal> f : floors.entrySet()) {
            if (f.getKey() < 1
                    || f.getKey() > 12
                    || f.getValue().signum() < 0
                    || f.getValue().compareTo(BigDecimal.ONE) > 0) {
                throw new WarningRefusal("floor", f.getKey() + ":" + f.getValue());
            }
        }
        if (gapPoints.signum() <= 0 || gapPoints.compareTo(HUNDRED) > 0) {
            throw new WarningRefusal("gap");
        }
        if (decisionDays < 1 || decisionDays > 366) {
            throw new WarningRefusal("days");
        }
    }

    /** Reads floors written as {@code month:percent} pairs, e.g. {@code 4:25,6:40}. */
    public static WarningRules parse(String floors, BigDecimal gapPoints, int decisionDays) {
        SortedMap<Integer, BigDecimal> parsed = new TreeMap<>();
        for (String pair : floors.split("[,，;；\\s]+")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("[:：]");
            try {
                parsed.put(
                        Integer.parseInt(parts[0].strip()),
                        new BigDecimal(parts[1].strip().replace("%", "")).divide(HUNDRED, 4, RoundingMode.HALF_UP));
            } catch (RuntimeException e) {
                throw new WarningRefusal("floor", pair);
            }
        }
        return new WarningRules(parsed, gapPoints, decisionDays);
    }

    /** The floors as written: {@code 4:25,6:40}. */
    public String floorsText() {
        return floors.entrySet().stream()
                .map(e -> e.getKey() + ":"
                        + e.getValue().multiply(HUNDRED).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(","));
    }

    /** The execution floor at a checkpoint: that of the latest month named at or before it; none before the first. */
    public @Nullable BigDecimal floorAt(int month) {
        SortedMap<Integer, BigDecimal> upTo = floors.headMap(month + 1);
        return upTo.isEmpty() ? null : upTo.get(upTo.lastKey());
    }

    /**
     * The warnings of a project at a checkpoint.
     *
     * @param execution  executed ÷ annual budget; null when nothing was reported
     * @param attainment the project's target attainment as a share of the year; null when nothing can be measured
     */
    public List<Warning> check(
            long projectId, Checkpoint at, @Nullable BigDecimal execution, @Nullable BigDecimal attainment) {
        List<Warning> warnings = new ArrayList<>();
        if (execution == null) {
            return warnings;
        }
        BigDecimal floor = floorAt(at.month());
        if (floor != null && execution.compareTo(floor) < 0) {
            warnings.add(new Warning(projectId, WarningKind.EXECUTION_FLOOR, at, execution, null, floor));
        }
        BigDecimal gap = gapPoints.divide(HUNDRED, 4, RoundingMode.HALF_UP);
        if (attainment != null && attainment.subtract(execution).abs().compareTo(gap) > 0) {
            warnings.add(new Warning(projectId, WarningKind.ATTAINMENT_GAP, at, execution, attainment, gap));
        }
        return warnings;
    }
}
