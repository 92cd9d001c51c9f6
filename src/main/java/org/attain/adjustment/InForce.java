package org.attain.adjustment;

import java.util.Map;
import java.util.Set;
import org.attain.indicator.Indicator;
import org.attain.targets.Target;

/**
 * The targets in force at a checkpoint: indicator id → the adjusted target where an approved change applies, and the
 * indicators that do not count then (added later by an adjustment, or removed by then).
 */
public record InForce(Map<Long, Target> targets, Set<Long> hidden) {

    public static final InForce NONE = new InForce(Map.of(), Set.of());

    public InForce {
        targets = Map.copyOf(targets);
        hidden = Set.copyOf(hidden);
    }

    public boolean counts(long indicatorId) {
        return !hidden.contains(indicatorId);
    }

    /** The indicator judged against the target in force (itself when its target was not changed). */
    public Indicator apply(Indicator indicator) {
        Target adjusted = targets.get(indicator.getId());
        return adjusted == null ? indicator : indicator.inForce(adjusted);
    }
}
